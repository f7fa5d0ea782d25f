package io.servicebalance.timeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of new timeline entries, per customer, sent once their transaction has committed, on every node
 * (whichever node's processor wrote the entry: {@link TimelineNotices}). When the
 * customer is assigned to another manager, the streams of every reader who may no longer read it are closed before
 * that entry (or any later one) reaches them.
 */
@Component
class TimelineStream {

    /** Clients reconnect after this long (EventSource does so by itself). */
    static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    /** One open stream and who reads it. */
    private record Subscription(SseEmitter emitter, String reader, boolean admin) {

        boolean mayFollow(String manager) {
            return admin || (reader != null && reader.equals(manager));
        }
    }

    private final Map<String, List<Subscription>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(String customerId, Authentication who) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Subscription subscription = new Subscription(emitter, who.getName(), CustomerAccess.isAdmin(who));
        List<Subscription> list = listeners.computeIfAbsent(customerId, k -> new CopyOnWriteArrayList<>());
        list.add(subscription);
        Runnable remove = () -> list.remove(subscription);
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
        listeners.values().forEach(list -> list.forEach(s -> s.emitter().complete()));
        listeners.clear();
    }

    /** Sends a new entry to this node's streams of its customer (every node is told of every entry). */
    void publish(String customerId, String type, String manager, TimelineEntry entry) {
        List<Subscription> list = listeners.get(customerId);
        if (list == null) {
            return;
        }
        if ("AccountManagerAssigned".equals(type)) {
            list.removeIf(s -> {
                if (!s.mayFollow(manager)) {
                    s.emitter().complete();
                    return true;
                }
                return false;
            });
        }
        for (Subscription s : list) {
            try {
                s.emitter().send(SseEmitter.event().name("timeline-entry").data(entry));
            } catch (IOException | IllegalStateException e) {
                list.remove(s);
            }
        }
    }
}
