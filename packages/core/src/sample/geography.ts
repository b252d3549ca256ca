/**
 * A small, real slice of China's administrative geography, so that a generated address is
 * consistent (the district is in the city, the city in the province, the ID number's region code
 * and the landline's area code match). faker's zh_CN locale has real province names but made-up
 * city names and no districts, so it supplies the streets and the people, and this table the
 * places. Weights roughly follow where business buyers are.
 */

/** A district (区) with its administrative division code (the first six digits of an ID number). */
export interface SampleDistrict {
  readonly name: string;
  readonly code: string;
}

export interface SampleCity {
  readonly province: string;
  readonly city: string;
  /** Sales region (大区) the city belongs to: the territory unit of the sample company. */
  readonly region: string;
  /** Landline area code, with its leading zero. */
  readonly areaCode: string;
  /** Relative share of customers located here. */
  readonly weight: number;
  readonly districts: readonly SampleDistrict[];
}

const d = (name: string, code: string): SampleDistrict => ({ name, code });

/**
 * The cities of the sample, grouped by sales region.
 *
 * @example
 * sampleCities.filter((c) => c.region === '华南').map((c) => c.city) // ['广州市', '深圳市', …]
 */
export const sampleCities: readonly SampleCity[] = [
  { province: '北京市', city: '北京市', region: '华北', areaCode: '010', weight: 8, districts: [d('东城区', '110101'), d('西城区', '110102'), d('朝阳区', '110105'), d('海淀区', '110108')] },
  { province: '天津市', city: '天津市', region: '华北', areaCode: '022', weight: 3, districts: [d('和平区', '120101'), d('河西区', '120103'), d('滨海新区', '120116')] },
  { province: '河北省', city: '石家庄市', region: '华北', areaCode: '0311', weight: 2, districts: [d('长安区', '130102'), d('桥西区', '130104')] },
  { province: '山西省', city: '太原市', region: '华北', areaCode: '0351', weight: 1, districts: [d('小店区', '140105'), d('迎泽区', '140106')] },
  { province: '辽宁省', city: '沈阳市', region: '东北', areaCode: '024', weight: 2, districts: [d('和平区', '210102'), d('沈河区', '210103')] },
  { province: '辽宁省', city: '大连市', region: '东北', areaCode: '0411', weight: 2, districts: [d('中山区', '210202'), d('甘井子区', '210211')] },
  { province: '吉林省', city: '长春市', region: '东北', areaCode: '0431', weight: 1, districts: [d('南关区', '220102'), d('朝阳区', '220104')] },
  { province: '黑龙江省', city: '哈尔滨市', region: '东北', areaCode: '0451', weight: 1, districts: [d('道里区', '230102'), d('南岗区', '230103')] },
  { province: '上海市', city: '上海市', region: '华东', areaCode: '021', weight: 9, districts: [d('黄浦区', '310101'), d('徐汇区', '310104'), d('闵行区', '310112'), d('浦东新区', '310115')] },
  { province: '江苏省', city: '南京市', region: '华东', areaCode: '025', weight: 4, districts: [d('玄武区', '320102'), d('鼓楼区', '320106'), d('江宁区', '320115')] },
  { province: '江苏省', city: '无锡市', region: '华东', areaCode: '0510', weight: 3, districts: [d('滨湖区', '320211'), d('梁溪区', '320213')] },
  { province: '江苏省', city: '苏州市', region: '华东', areaCode: '0512', weight: 5, districts: [d('吴中区', '320506'), d('姑苏区', '320508'), d('吴江区', '320509')] },
  { province: '浙江省', city: '杭州市', region: '华东', areaCode: '0571', weight: 5, districts: [d('上城区', '330102'), d('西湖区', '330106'), d('余杭区', '330110')] },
  { province: '浙江省', city: '宁波市', region: '华东', areaCode: '0574', weight: 3, districts: [d('海曙区', '330203'), d('鄞州区', '330212')] },
  { province: '浙江省', city: '温州市', region: '华东', areaCode: '0577', weight: 2, districts: [d('鹿城区', '330302')] },
  { province: '安徽省', city: '合肥市', region: '华东', areaCode: '0551', weight: 2, districts: [d('庐阳区', '340103'), d('蜀山区', '340104'), d('包河区', '340111')] },
  { province: '福建省', city: '福州市', region: '华东', areaCode: '0591', weight: 2, districts: [d('鼓楼区', '350102'), d('仓山区', '350104')] },
  { province: '福建省', city: '厦门市', region: '华东', areaCode: '0592', weight: 2, districts: [d('思明区', '350203'), d('湖里区', '350206')] },
  { province: '江西省', city: '南昌市', region: '华东', areaCode: '0791', weight: 1, districts: [d('东湖区', '360102'), d('西湖区', '360103')] },
  { province: '山东省', city: '济南市', region: '华东', areaCode: '0531', weight: 2, districts: [d('历下区', '370102'), d('市中区', '370103')] },
  { province: '山东省', city: '青岛市', region: '华东', areaCode: '0532', weight: 3, districts: [d('市南区', '370202'), d('黄岛区', '370211')] },
  { province: '河南省', city: '郑州市', region: '华中', areaCode: '0371', weight: 2, districts: [d('中原区', '410102'), d('二七区', '410103'), d('金水区', '410105')] },
  { province: '湖北省', city: '武汉市', region: '华中', areaCode: '027', weight: 3, districts: [d('江汉区', '420103'), d('武昌区', '420106'), d('洪山区', '420111')] },
  { province: '湖南省', city: '长沙市', region: '华中', areaCode: '0731', weight: 2, districts: [d('芙蓉区', '430102'), d('岳麓区', '430104'), d('雨花区', '430111')] },
  { province: '广东省', city: '广州市', region: '华南', areaCode: '020', weight: 7, districts: [d('越秀区', '440104'), d('天河区', '440106'), d('番禺区', '440113')] },
  { province: '广东省', city: '深圳市', region: '华南', areaCode: '0755', weight: 7, districts: [d('福田区', '440304'), d('南山区', '440305'), d('宝安区', '440306')] },
  { province: '广东省', city: '佛山市', region: '华南', areaCode: '0757', weight: 3, districts: [d('南海区', '440605'), d('顺德区', '440606')] },
  { province: '广西壮族自治区', city: '南宁市', region: '华南', areaCode: '0771', weight: 1, districts: [d('兴宁区', '450102'), d('青秀区', '450103')] },
  { province: '重庆市', city: '重庆市', region: '西南', areaCode: '023', weight: 3, districts: [d('渝中区', '500103'), d('江北区', '500105'), d('渝北区', '500112')] },
  { province: '四川省', city: '成都市', region: '西南', areaCode: '028', weight: 4, districts: [d('锦江区', '510104'), d('武侯区', '510107'), d('成华区', '510108')] },
  { province: '云南省', city: '昆明市', region: '西南', areaCode: '0871', weight: 1, districts: [d('五华区', '530102'), d('盘龙区', '530103')] },
  { province: '陕西省', city: '西安市', region: '西北', areaCode: '029', weight: 2, districts: [d('碑林区', '610103'), d('未央区', '610112'), d('雁塔区', '610113')] },
];

/**
 * The sales regions (大区) of the sample company, in a stable order.
 *
 * @example
 * sampleRegions[0] // '华北'
 */
export const sampleRegions: readonly string[] = ['华北', '东北', '华东', '华中', '华南', '西南', '西北'];

/**
 * English names of the regions, for English demo pages.
 *
 * @example
 * sampleRegionsEn['华东'] // 'East China'
 */
export const sampleRegionsEn: Readonly<Record<string, string>> = {
  华北: 'North China',
  东北: 'Northeast',
  华东: 'East China',
  华中: 'Central China',
  华南: 'South China',
  西南: 'Southwest',
  西北: 'Northwest',
};

/**
 * Weights of `sampleCities`, for `Random#weighted`.
 *
 * @example
 * new Random(1).weighted(sampleCities, sampleCityWeights)
 */
export const sampleCityWeights: readonly number[] = sampleCities.map((city) => city.weight);
