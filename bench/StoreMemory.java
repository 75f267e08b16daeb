import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.lotus.mp.coordination.InMemoryKeyValueStore;

/**
 * Heap held by the in-memory key-value store per WeChat push: the replay guard's nonce (300 s) and the reply kept for
 * retries (60 s), as the portal writes them, with a section reply of ~100 Chinese characters.
 * Usage (after ./mvnw -B -q -DskipTests package):
 *   ./mvnw -B -q -pl mp-server dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -Xmx2g -cp "$(cat /tmp/cp.txt):mp-server/target/classes" bench/StoreMemory.java 200000
 */
public class StoreMemory {

    public static void main(String[] args) throws Exception {
        int pushes = Integer.parseInt(args.length > 0 ? args[0] : "200000");
        InMemoryKeyValueStore store = new InMemoryKeyValueStore(Ticker.systemTicker(), 10_000_000);
        String reply = "T" + "这里是健康栏目的介绍：免费检测、紧急阻断、医保申请帮助。".repeat(4);
        long before = used();
        long timestamp = System.currentTimeMillis() / 1000;
        for (int i = 0; i < pushes; i++) {
            store.putIfAbsent(
                    "wx:nonce:" + timestamp + ":" + (100_000_000L + i), "AbCdEfGhIjKlMnOpQrStUv", Duration.ofSeconds(300));
            store.put(
                    "wx:reply:" + String.format("%064x", i * 2_654_435_761L), new String(reply), Duration.ofSeconds(60));
        }
        long after = used();
        System.out.printf(
                "pushes=%d entries=%d bytes/push=%.0f bytes/entry=%.0f%n",
                pushes, store.size(), (after - before) / (double) pushes, (after - before) / (2.0 * pushes));
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
