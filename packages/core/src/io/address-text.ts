/**
 * Splits a one-line mainland address into province, city, district and street:
 * `浙江省杭州市西湖区文三路90号` → 浙江省 / 杭州市 / 西湖区 / 文三路90号. Municipalities
 * (`上海市浦东新区…`) have no separate city. Parts that cannot be found are left out.
 *
 * @example
 * splitAddress('广东省深圳市龙岗区坂田华为基地')
 * // { province: '广东省', city: '深圳市', district: '龙岗区', street: '坂田华为基地' }
 */
export function splitAddress(text: string): { province?: string; city?: string; district?: string; street?: string } {
  let rest = text.normalize('NFKC').replace(/\s+/g, '');
  const out: { province?: string; city?: string; district?: string; street?: string } = {};
  const take = (pattern: RegExp): string | undefined => {
    const match = pattern.exec(rest);
    if (!match) return undefined;
    rest = rest.slice(match[0].length);
    return match[0];
  };
  const municipality = take(/^(北京|上海|天津|重庆)市?/);
  if (municipality) out.province = municipality.endsWith('市') ? municipality : `${municipality}市`;
  else {
    const province = take(/^(.{2,3}?省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区|香港特别行政区|澳门特别行政区)/);
    if (province) out.province = province;
    const city = take(/^(.{1,7}?(自治州|地区|盟)|.{1,5}?市)/);
    if (city) out.city = city;
  }
  const district = take(/^.{1,6}?(新区|区|县|旗|市)(?!场|政|民|委)/);
  if (district) out.district = district;
  if (rest !== '') out.street = rest;
  return out;
}
