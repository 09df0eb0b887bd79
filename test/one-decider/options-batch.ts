/**
 * The run options the options page's 批量检查 builds from the stored settings and the pack in
 * force: the core's assembler, the very call components/options/batch-check.tsx makes.
 */
export { batchOptionsFrom as optionsBatchOptions } from '@/core/prepare';
