package com.gradverify.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcRegistryRecords implements RegistryRecords {

	private final JdbcClient jdbc;

	JdbcRegistryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RegistryEntry> find(long id) {
		return jdbc.sql("select * from registry_record where id = :id").param("id", id).query(this::entry).optional();
	}

	@Override
	public Optional<RegistryEntry> findByIdCard(int graduationYear, String idCard) {
		return jdbc.sql("select * from registry_record where graduation_year = :year and id_card = :idCard")
			.param("year", graduationYear)
			.param("idCard", idCard)
			.query(this::entry)
			.optional();
	}

	@Override
	public long count(int graduationYear) {
		return jdbc.sql("select count(*) from registry_record where graduation_year = :year")
			.param("year", graduationYear)
			.query(Long.class)
			.single();
	}

	@Override
	public Optional<RegistryEntry> findByStudentNo(int graduationYear, String studentNo) {
		return jdbc.sql("select * from registry_record where graduation_year = :year and student_no = :studentNo")
			.param("year", graduationYear)
			.param("studentNo", studentNo)
			.query(this::entry)
			.optional();
	}

	@Override
	public List<RegistryEntry> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from registry_record where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(this::entry)
			.list();
	}

	@Override
	public List<Placement> placements(int graduationYear) {
		return jdbc.sql("""
				select student_no, major_code, major_name, class_name from registry_record
				where graduation_year = :year""")
			.param("year", graduationYear)
			.query((rs, row) -> new Placement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private RegistryEntry entry(ResultSet rs, int rowNum) throws SQLException {
		return new RegistryEntry(rs.getLong("id"), rs.getInt("graduation_year"), rs.getString("id_card"),
				rs.getString("name"), rs.getString("student_no"), rs.getString("education_code"),
				rs.getString("college_name"), date(rs, "graduation_date"), rs.getString("examinee_no"),
				rs.getString("gender_code"), rs.getString("ethnic_code"), rs.getString("political_code"),
				rs.getString("major_code"), rs.getString("major_name"), rs.getString("training_mode_code"),
				rs.getString("sponsor_unit"), rs.getString("origin_place_code"), rs.getBigDecimal("schooling_length"),
				date(rs, "enrolment_date"), rs.getString("class_name"), date(rs, "birth_date"),
				rs.getString("normal_student_code"), rs.getString("difficulty_code"), rs.getString("urban_rural_code"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
