/**
 * What content scripts render with but do not bundle (each has a 25 KB gzip budget): the labels
 * and the shadow-root CSS. The worker sends this payload as data (`get-labels`); this module is
 * the one place outside components/ and the entrypoints that names them, so lib/worker imports no
 * UI (lint: eslint.config.js).
 */
import type { ResponseData } from '@/core/messages';
import { labels } from '@/components/labels';
import uiCss from '@/components/ui.css?inline';

export const contentUi: ResponseData['get-labels'] = { labels, css: uiCss };
