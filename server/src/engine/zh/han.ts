/** Han characters (CJK unified ideographs and extension A): what marks text as Chinese. */
export const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Whether a text holds any Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);
