package fr.journees.registration;

/** How full a group is; capacity null = unlimited. */
public record FillRate(Long id, String label, int confirmed, Integer capacity) {

    /** Places still free; null when unlimited. Never negative, even if a capacity was lowered below the count. */
    public Integer placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }

    /** 0..1, or -1 when unlimited. */
    public double ratio() {
        return capacity == null ? -1 : capacity == 0 ? 1 : Math.min(1.0, (double) confirmed / capacity);
    }
}
