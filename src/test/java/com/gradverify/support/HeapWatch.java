package com.gradverify.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 20 ms, and reads the heap pools' peaks. */
public final class HeapWatch {

	private final AtomicLong peak = new AtomicLong();

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.toList();

	private volatile boolean running = true;

	public static HeapWatch start() {
		var watch = new HeapWatch();
		watch.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		Thread sampler = new Thread(() -> {
			var memory = ManagementFactory.getMemoryMXBean();
			while (watch.running) {
				watch.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
		return watch;
	}

	public void stop() {
		running = false;
	}

	public long sampledPeak() {
		return peak.get();
	}

	public long poolPeaks() {
		return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
