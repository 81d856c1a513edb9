package org.fitsflow.configuration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The network topology diagram maintenance keeps (002), as the file it was drawn in; the latest upload is current. */
@Entity
@Table(name = "network_topology")
public class NetworkTopology {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "school_id", nullable = false)
	private String schoolId;
	@Column(name = "file_name", nullable = false)
	private String fileName;
	@Column(name = "content_type", nullable = false)
	private String contentType;
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false)
	private byte[] content;
	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;
	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected NetworkTopology() {
	}

	NetworkTopology(String schoolId, String fileName, String contentType, byte[] content, String uploadedBy,
			Instant uploadedAt) {
		this.schoolId = schoolId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public byte[] getContent() {
		return content;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
