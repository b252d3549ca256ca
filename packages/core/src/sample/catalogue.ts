import { mixSeed, Random, type Seed } from './random.js';

/** A product category of the sample company (a B2B supplier), with its economics. */
export interface SampleCategory {
  /** The category as it appears in the book (the Chinese trade term). */
  readonly name: string;
  /** English name, for English demo pages. */
  readonly nameEn: string;
  /** Typical gross margin rate of the category. */
  readonly margin: number;
  /** Median unit price in yuan. */
  readonly medianPrice: number;
  /** Median quantity of an order line of an average customer. */
  readonly medianQuantity: number;
  /** Kinds of goods sold in the category: the stem of product names. */
  readonly goods: readonly string[];
}

/**
 * The categories of the sample company. Margins differ by category as in a real supplier:
 * services and software high, machinery low.
 *
 * @example
 * sampleCategories.map((c) => c.name) // ['办公设备', '办公耗材', …]
 */
export const sampleCategories: readonly SampleCategory[] = [
  { name: '办公设备', nameEn: 'Office equipment', margin: 0.22, medianPrice: 1800, medianQuantity: 1, goods: ['激光打印机', '复印一体机', '碎纸机', '投影仪', '扫描仪', '考勤机'] },
  { name: '办公耗材', nameEn: 'Office supplies', margin: 0.35, medianPrice: 60, medianQuantity: 10, goods: ['硒鼓', '墨盒', '复印纸', '文件夹', '签字笔', '装订夹'] },
  { name: '电子元器件', nameEn: 'Electronic components', margin: 0.18, medianPrice: 12, medianQuantity: 100, goods: ['贴片电阻', '陶瓷电容', '继电器', '连接器', '电源模块', '传感器'] },
  { name: '五金工具', nameEn: 'Hardware and tools', margin: 0.3, medianPrice: 120, medianQuantity: 4, goods: ['电钻', '扳手套装', '角磨机', '卷尺', '螺丝刀组', '工具箱'] },
  { name: '劳保用品', nameEn: 'Protective equipment', margin: 0.4, medianPrice: 35, medianQuantity: 20, goods: ['防护手套', '安全帽', '工作服', '防护眼镜', '防尘口罩', '劳保鞋'] },
  { name: '包装材料', nameEn: 'Packaging', margin: 0.25, medianPrice: 8, medianQuantity: 200, goods: ['瓦楞纸箱', '气泡膜', '封箱胶带', '缠绕膜', '塑料托盘', '珍珠棉'] },
  { name: '清洁用品', nameEn: 'Cleaning supplies', margin: 0.38, medianPrice: 40, medianQuantity: 12, goods: ['洗手液', '消毒液', '拖把', '垃圾袋', '抹布', '地面清洁剂'] },
  { name: '工业设备', nameEn: 'Industrial equipment', margin: 0.15, medianPrice: 15000, medianQuantity: 1, goods: ['空压机', '电动叉车', '电焊机', '数控车床', '冷干机', '冷水机'] },
  { name: '软件服务', nameEn: 'Software', margin: 0.7, medianPrice: 4000, medianQuantity: 1, goods: ['ERP授权', '云存储年费', '终端安全软件', '设计软件授权', '运维服务包', '培训课程'] },
  { name: '维修服务', nameEn: 'Maintenance services', margin: 0.55, medianPrice: 600, medianQuantity: 1, goods: ['上门维修', '年度保养', '设备巡检', '备件更换', '安装调试', '远程支持'] },
];

/** One product of the sample catalogue. */
export interface SampleProduct {
  /** Product id as it appears in the book (`P0001`…). */
  readonly id: string;
  readonly name: string;
  /** Index into `sampleCategories`. */
  readonly categoryIndex: number;
  /** The category name, as in the book. */
  readonly category: string;
  /** List price in yuan (two decimals). */
  readonly unitPrice: number;
  /** Gross margin rate of this product (around its category's). */
  readonly margin: number;
}

const MODEL_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * The product catalogue of a seed: `perCategory` products in every category, with model codes,
 * list prices (log-normal around the category's median) and margins (around the category's).
 * Products of category `c` are `products[c * perCategory .. (c + 1) * perCategory - 1]`.
 *
 * @example
 * const products = sampleProducts(42);
 * products[0]?.id // 'P0001'
 */
export function sampleProducts(seed: Seed, perCategory = 12): SampleProduct[] {
  const random = new Random(mixSeed(seed, 0x0c47a106));
  const products: SampleProduct[] = [];
  sampleCategories.forEach((category, categoryIndex) => {
    for (let k = 0; k < perCategory; k++) {
      const goods = category.goods[k % category.goods.length] ?? category.name;
      const model = `${random.pick(MODEL_LETTERS.split(''))}${random.pick(MODEL_LETTERS.split(''))}-${random.between(100, 999)}`;
      const margin = Math.min(0.9, Math.max(0.03, category.margin + 0.05 * random.normal()));
      products.push({
        id: `P${String(products.length + 1).padStart(4, '0')}`,
        name: `${goods} ${model}`,
        categoryIndex,
        category: category.name,
        unitPrice: Math.max(1, Math.round(random.logNormal(category.medianPrice, 0.5) * 100) / 100),
        margin: Math.round(margin * 1000) / 1000,
      });
    }
  });
  return products;
}
