/**
 * D-ENT, D-BOND, D-LIC, D-TIER1, D-TIER2: who may use 意向金 at all (SPEC §5, seed 004 §1).
 * evaluate() decides whether §5 applies (a product with a deposit, or no product and a merchant
 * main category) and which category counts; these functions only judge.
 */
import type { Check, Status, Term } from '../report';
import type { Category, Merchant } from '../request';
import type { RulePack } from '../pack';
import { atLeast, combine, fenText, makeCheck, message, numText, verdict } from './check';

type MaybeMerchant = Merchant | null | undefined;

export function checkEnterprise(merchant: MaybeMerchant, pack: RulePack): Check {
  const enterprise = merchant?.enterprise ?? null;
  const values = { enterprise };
  if (enterprise === null) {
    return makeCheck(
      pack,
      'D-ENT',
      'unknown',
      values,
      message(
        '是否企业认证未知（个人店不可使用意向金）',
        'Enterprise certification unknown (personal shops cannot use deposits)',
      ),
    );
  }
  return makeCheck(
    pack,
    'D-ENT',
    verdict(enterprise),
    values,
    message(
      enterprise ? '已完成企业认证' : '个人店不可使用意向金（需企业认证）',
      enterprise
        ? 'Enterprise-certified shop'
        : 'Personal shops cannot use deposits (enterprise certification needed)',
    ),
  );
}

export function checkCategoryBond(merchant: MaybeMerchant, pack: RulePack): Check {
  const bond = merchant?.categoryBondFen ?? null;
  const min = pack.depositAccess.minCategoryBondFen;
  const values = { categoryBondFen: bond, minCategoryBondFen: min };
  if (bond === null) {
    return makeCheck(
      pack,
      'D-BOND',
      'unknown',
      values,
      message(
        `类目保证金未知（需 ≥ ${fenText(min)}）`,
        `Category bond unknown (needs ≥ ${fenText(min)})`,
      ),
    );
  }
  const ok = bond >= min;
  return makeCheck(
    pack,
    'D-BOND',
    verdict(ok),
    values,
    message(
      `类目保证金 ${fenText(bond)} ${ok ? '≥' : '低于'} ${fenText(min)}`,
      `Category bond ${fenText(bond)} ${ok ? '≥' : 'is below'} ${fenText(min)}`,
    ),
  );
}

function holds(merchant: MaybeMerchant, certificate: string): boolean | null {
  const certificates = merchant?.certificates;
  return certificates ? certificates.includes(certificate) : null;
}

/**
 * D-LIC: food / medical need the licence. Another known kind → not applicable (null: left out).
 * An unknown kind → unknown, since the licence might be needed.
 */
export function checkLicence(
  category: Category | null,
  merchant: MaybeMerchant,
  pack: RulePack,
): Check | null {
  const kind = category?.kind ?? null;
  const { licenceKinds, licenceCertificate } = pack.depositAccess;
  if (kind !== null && !licenceKinds.includes(kind)) return null;
  const held = holds(merchant, licenceCertificate);
  const values = { kind, certificate: licenceCertificate, held };
  if (kind === null) {
    return makeCheck(
      pack,
      'D-LIC',
      'unknown',
      values,
      message(
        '类目未知：食品、医疗器械类目需经营许可证备案',
        'Category unknown: food and medical-device categories need a business licence',
      ),
    );
  }
  if (held === null) {
    return makeCheck(
      pack,
      'D-LIC',
      'unknown',
      values,
      message(
        '资质未知：该类目需经营许可证备案',
        'Certificates unknown: this category needs a business licence',
      ),
    );
  }
  return makeCheck(
    pack,
    'D-LIC',
    verdict(held),
    values,
    message(
      held ? '已备案经营许可证' : '该类目需经营许可证备案，未提供',
      held ? 'Business licence on file' : 'This category needs a business licence: none on file',
    ),
  );
}

const tierVerdict: Record<Status, { zh: string; en: string }> = {
  pass: { zh: '符合', en: 'met' },
  fail: { zh: '不符合', en: 'not met' },
  unknown: { zh: '无法判断', en: 'cannot tell' },
  warn: { zh: '提醒', en: 'note' },
};

/** D-TIER1 (level 1) or D-TIER2 (level 2): monthly sales, DSR and the tier's certificate. */
export function checkTier(level: 1 | 2, merchant: MaybeMerchant, pack: RulePack): Check {
  const id = level === 1 ? 'D-TIER1' : 'D-TIER2';
  const tier = pack.depositAccess.tiers[level];
  const sales = merchant?.monthlySalesFen ?? null;
  const dsr = merchant?.dsr ?? null;
  const held = holds(merchant, tier.certificate);
  const salesOk = sales === null ? null : sales >= tier.minMonthlySalesFen;
  const dsrOk = dsr === null ? null : atLeast(dsr, tier.minDsr);
  const terms: Term[] = [
    {
      id: 'monthly-sales',
      status: verdict(salesOk),
      values: { monthlySalesFen: sales, minMonthlySalesFen: tier.minMonthlySalesFen },
      message: message(
        `月销 ${sales === null ? '未知' : fenText(sales)}（需 ≥ ${fenText(tier.minMonthlySalesFen)}）`,
        `Monthly sales ${sales === null ? 'unknown' : fenText(sales)} (needs ≥ ${fenText(tier.minMonthlySalesFen)})`,
      ),
    },
    {
      id: 'dsr',
      status: verdict(dsrOk),
      values: { dsr, minDsr: tier.minDsr },
      message: message(
        `DSR ${dsr === null ? '未知' : numText(dsr)}（需 ≥ ${numText(tier.minDsr)}）`,
        `DSR ${dsr === null ? 'unknown' : numText(dsr)} (needs ≥ ${numText(tier.minDsr)})`,
      ),
    },
    {
      id: 'certificate',
      status: verdict(held),
      values: { certificate: tier.certificate, held },
      message: message(
        `${tier.certificate} ${held === null ? '资质未知' : held ? '已具备' : '缺失'}`,
        `${tier.certificate} ${held === null ? 'unknown' : held ? 'on file' : 'missing'}`,
      ),
    },
  ];
  const status = combine(terms.map((term) => term.status));
  const values = {
    level,
    monthlySalesFen: sales,
    minMonthlySalesFen: tier.minMonthlySalesFen,
    dsr,
    minDsr: tier.minDsr,
    certificate: tier.certificate,
    certificateHeld: held,
  };
  // Concatenated rather than join()ed: join flattens every part, and this runs on the hot path.
  const [sales_, dsr_, certificate_] = terms as [Term, Term, Term];
  const detailZh = `${sales_.message.zh}；${dsr_.message.zh}；${certificate_.message.zh}`;
  const detailEn = `${sales_.message.en}; ${dsr_.message.en}; ${certificate_.message.en}`;
  const check = makeCheck(
    pack,
    id,
    status,
    values,
    message(
      `${level === 1 ? '一' : '二'}级类目准入${tierVerdict[status].zh}：${detailZh}`,
      `Level-${level} category access ${tierVerdict[status].en}: ${detailEn}`,
    ),
  );
  check.terms = terms;
  return check;
}
