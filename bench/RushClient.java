import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The clients of {@code HttpRegistrationRushBench}, in their own JVM so that the CPU the bench measures is the
 * server's: "http BASE WARM-SLUG N SLUG M CLIENTS" or "jdbc URL WARM-EVENT N EVENT M CLIENTS". Sends the warm-up
 * round, prints "WARM", waits for a line on its input, sends the measured round, prints
 * "RESULT seconds ok errors clientCpuNanos ms…".
 */
public class RushClient {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String target = args[1];
        int clients = Integer.parseInt(args[6]);
        var connections = new ArrayBlockingQueue<Connection>(clients);
        if (mode.equals("jdbc")) {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(target));
            }
        }
        var pool = Executors.newFixedThreadPool(clients);
        Sender sender = mode.equals("http") ? new HttpSender(URI.create(target), clients)
                : new JdbcSender(connections);
        round(sender, pool, args[2], Integer.parseInt(args[3]), 100_000);
        System.out.println("WARM");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        var measured = round(sender, pool, args[4], Integer.parseInt(args[5]), 0);
        pool.shutdown();
        for (var c : connections) {
            c.close();
        }
        System.out.println(measured);
    }

    /** One registration of person i for the day, answering whether it was taken. */
    interface Sender {
        boolean send(String day, int i) throws Exception;
    }

    /** n registrations from the pool's clients at once, numbered from offset, and what this JVM spent on them. */
    static String round(Sender sender, ExecutorService pool, String day, int n, int offset) throws InterruptedException {
        var latencies = new double[n];
        var ok = new AtomicInteger();
        var errors = new AtomicInteger();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            pool.execute(() -> {
                try {
                    start.await();
                    long t = System.nanoTime();
                    boolean success = sender.send(day, offset + k);
                    latencies[k] = (System.nanoTime() - t) / 1e6;
                    (success ? ok : errors).incrementAndGet();
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                } finally {
                    done.countDown();
                }
            });
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        var out = new StringBuilder("RESULT ").append(seconds).append(' ').append(ok.get()).append(' ')
                .append(errors.get()).append(' ').append(os.getProcessCpuTime() - cpu);
        for (double l : latencies) {
            out.append(' ').append(l);
        }
        return out.toString();
    }

    /**
     * POST /api/v1/events/{slug}/registrations, each person from their own address as behind a reverse proxy,
     * over HTTP/1.1 written by hand on one kept-alive connection per client thread. The JDK's HttpClient spent
     * about three times the JDBC driver's CPU per request, taken from the same two cores as the server's.
     */
    static final class HttpSender implements Sender {

        private final URI base;
        private final BlockingQueue<Wire> wires;

        HttpSender(URI base, int clients) {
            this.base = base;
            this.wires = new ArrayBlockingQueue<>(clients);
        }

        @Override
        public boolean send(String slug, int i) throws Exception {
            var json = """
                    {"firstName": "Prénom%d", "lastName": "Nom%d", "email": "p%d@rush-http.test",
                     "organisation": "Structure", "lunch": true, "consentData": true, "language": "fr"}"""
                    .formatted(i, i, i);
            var wire = wires.poll();
            if (wire == null) {
                wire = new Wire(base);
            }
            var response = wire.post("/api/v1/events/" + slug + "/registrations",
                    "10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256), json);
            if (response.keepAlive()) {
                wires.add(wire);
            } else {
                wire.close();
            }
            if (response.status() != 201) {
                System.err.println(response.status() + " " + response.body());
            }
            return response.status() == 201;
        }
    }

    /** One HTTP/1.1 connection: a request written, its answer read whole (by length or by chunks). */
    static final class Wire {

        record Response(int status, String body, boolean keepAlive) {
        }

        private final String host;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Wire(URI base) throws IOException {
            this.host = base.getHost() + ":" + base.getPort();
            this.socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        Response post(String path, String forwardedFor, String json) throws IOException {
            var body = json.getBytes(StandardCharsets.UTF_8);
            var head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json\r\nX-Forwarded-For: " + forwardedFor + "\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var status = line();
            int length = -1;
            boolean chunked = false;
            boolean keepAlive = true;
            for (var header = line(); !header.isEmpty(); header = line()) {
                var lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    keepAlive = false;
                }
            }
            var content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                for (var trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers carry nothing the bench reads
                }
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            } else {
                keepAlive = false;
                content.write(in.readAllBytes());
            }
            return new Response(Integer.parseInt(status.split(" ")[1]), content.toString(StandardCharsets.UTF_8),
                    keepAlive);
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() throws IOException {
            socket.close();
        }
    }

    /** The same guarded insert, bare: lock the event row, count under the lock, insert, commit. */
    record JdbcSender(BlockingQueue<Connection> connections) implements Sender {

        @Override
        public boolean send(String day, int i) throws Exception {
            long eventId = Long.parseLong(day);
            var c = connections.take();
            try {
                c.setAutoCommit(false);
                int capacity;
                try (var s = c.prepareStatement("SELECT capacity FROM event WHERE id = ? FOR UPDATE")) {
                    s.setLong(1, eventId);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        capacity = rs.getInt(1);
                    }
                }
                int taken;
                try (var s = c.prepareStatement(
                        "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")) {
                    s.setLong(1, eventId);
                    try (var rs = s.executeQuery()) {
                        rs.next();
                        taken = rs.getInt(1);
                    }
                }
                boolean seat = taken < capacity;
                try (var s = c.prepareStatement("INSERT INTO registration (event_id, token, first_name, last_name, "
                        + "email, consent_data, status, queue_number) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")) {
                    s.setLong(1, eventId);
                    s.setString(2, UUID.randomUUID().toString());
                    s.setString(3, "Prénom" + i);
                    s.setString(4, "Nom" + i);
                    s.setString(5, "p" + i + "@rush-bare.test");
                    s.setString(6, seat ? "CONFIRMED" : "WAITLISTED");
                    s.setObject(7, seat ? null : (long) i);
                    s.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                connections.add(c);
            }
        }
    }
}
