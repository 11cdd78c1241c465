-- The divisions the demo and the shipped routing speak of: Zhejiang, its cities, Hangzhou's districts and counties
-- (GB/T 2260 codes as of 2024). An administrator loads the full list from the Ministry of Civil Affairs' CSV on
-- /admin/regions; loading is idempotent, so these rows are simply confirmed by it.
insert into region (code, name, parent_code, region_level) values ('330000', '浙江省', null, 'PROVINCE');
insert into region (code, name, parent_code, region_level) values ('330100', '杭州市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330200', '宁波市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330300', '温州市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330400', '嘉兴市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330500', '湖州市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330600', '绍兴市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330700', '金华市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330800', '衢州市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330900', '舟山市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('331000', '台州市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('331100', '丽水市', '330000', 'CITY');
insert into region (code, name, parent_code, region_level) values ('330102', '上城区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330105', '拱墅区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330106', '西湖区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330108', '滨江区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330109', '萧山区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330110', '余杭区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330111', '富阳区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330112', '临安区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330113', '临平区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330114', '钱塘区', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330122', '桐庐县', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330127', '淳安县', '330100', 'COUNTY');
insert into region (code, name, parent_code, region_level) values ('330182', '建德市', '330100', 'COUNTY');

-- the demo's units are Hangzhou's (city level); an office's own units get their region on /admin/units
update unit set region_code = '330100' where code in ('QQB', 'CZJ', 'GZW', 'GXJ', 'DCS', 'TAW');
