package com.gradverify.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

	List<Campaign> findByGraduationYearOrderByOpensAtDesc(int graduationYear);

	List<Campaign> findAllByOrderByGraduationYearDescOpensAtDesc();
}
