package com.gradverify.reference;

/** The national code tables the registry and the forms use (see the guide for their values). */
public enum CodeTable {
	/** 学历 (xldm): 01 博士生毕业, 11 硕士毕业, 31 本科毕业, 41 专科毕业 … */
	EDUCATION_LEVEL,
	/** 培养方式: 1 非定向, 2 定向, 3 在职, 4 委培, 5 自筹. */
	TRAINING_MODE,
	/** 性别 (GB/T 2261): 1 男, 2 女. */
	GENDER,
	/** 民族 (GB 3304): 01 汉族 … 56 基诺族, 97 其他, 98 外国血统. */
	ETHNICITY,
	/** 政治面貌 (GB 4762): 01 中共党员 … 13 群众. */
	POLITICAL_STATUS,
	/** 师范生类别: 1 普通师范生, 12 公费师范生, 2 非师范生. */
	NORMAL_STUDENT,
	/** 困难生类别: 0 非困难生 … 7. */
	DIFFICULTY,
	/** 城乡生源: 1 城镇, 2 农村. */
	URBAN_RURAL,
	/** 单位性质: 10 机关, 20 科研设计单位 … 31 国有企业 … 99 其他 (the national 单位性质代码). */
	EMPLOYER_NATURE,
	/** 行业: the GB/T 4754 sections, A 农、林、牧、渔业 … T 国际组织. */
	INDUSTRY,
	/** 毕业去向, as far as an employment agreement documents it: 10 签就业协议形式就业, 11 签劳动合同形式就业, 12 其他录用形式就业. */
	DESTINATION
}
