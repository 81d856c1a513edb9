package org.fitsflow.configuration;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.fitsflow.school.SchoolDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's network topology diagram (002): every upload kept, the latest is the one the register shows. */
@Service
@Transactional
public class NetworkTopologies {

	/** A diagram is a drawing or a PDF, not an archive of the network's files. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	private final NetworkTopologyRepository topologies;
	private final SchoolDirectory directory;
	private final Clock clock;

	NetworkTopologies(NetworkTopologyRepository topologies, SchoolDirectory directory, Clock clock) {
		this.topologies = topologies;
		this.directory = directory;
		this.clock = clock;
	}

	public NetworkTopology keep(String schoolId, String fileName, String contentType, byte[] content, String by) {
		directory.school(schoolId);
		if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/")
				|| fileName.contains("\\")) {
			throw new IllegalArgumentException("name: the diagram's file name (at most 200 characters, no folders), such as"
					+ " network.pdf.");
		}
		if (content == null || content.length == 0) {
			throw new IllegalArgumentException("file: the diagram is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("file: the diagram is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
		}
		return topologies.save(new NetworkTopology(schoolId, fileName.trim(),
				contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, content, by,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public NetworkTopology current(String schoolId) {
		return topologies.findFirstBySchoolIdOrderByUploadedAtDescIdDesc(schoolId)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId
					+ "' has no network topology diagram yet."));
	}
}
