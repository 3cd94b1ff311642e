package fr.pcpe.workflow.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the heap a start grew back to the operating system once the application is ready (docs/adr/0015): a start
 * allocates about 2 GB, G1 grows the heap meanwhile (500–700 MB) and, with the image's class data sharing archive,
 * no marking cycle runs during the start to shrink it again, so a quiet server kept that heap until its first
 * marking cycle, which may come hours later. One full collection, once, on a heap that then holds about 100 MB.
 */
@Component
class StartUpHeap {

  private static final Logger LOG = LoggerFactory.getLogger(StartUpHeap.class);
  private static final long MB = 1024 * 1024;

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void giveBack() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = memory.getHeapMemoryUsage().getCommitted();
    long start = System.nanoTime();
    System.gc();
    MemoryUsage after = memory.getHeapMemoryUsage();
    LOG.info("Heap grown by the start given back: committed {} MB -> {} MB ({} MB in use), in {} ms", before / MB,
        after.getCommitted() / MB, after.getUsed() / MB, (System.nanoTime() - start) / 1_000_000);
  }
}
