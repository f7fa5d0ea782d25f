package io.servicebalance.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events of new timeline entries, per customer, sent once their transaction has committed. */
@Component
class TimelineStream {

    /** Clients reconnect after this long (EventSource does so by itself). */
    static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(String customerId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        List<SseEmitter> list = listeners.computeIfAbsent(customerId, k -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().comment("subscribed to " + customerId));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /** Ends every stream as the application closes, before the web server waits for open requests to finish. */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void closeAll() {
        listeners.values().forEach(list -> list.forEach(SseEmitter::complete));
        listeners.clear();
    }

    void publish(TimelineRow row, Instant recordedAt) {
        List<SseEmitter> list = listeners.get(row.customerId());
        if (list == null) {
            return;
        }
        TimelineEntry entry = TimelineEntry.of(row, recordedAt);
        for (SseEmitter emitter : list) {
            try {
                emitter.send(SseEmitter.event().name("timeline-entry").data(entry));
            } catch (IOException | IllegalStateException e) {
                list.remove(emitter);
            }
        }
    }
}
