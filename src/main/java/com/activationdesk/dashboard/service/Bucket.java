package com.activationdesk.dashboard.service;

/** One bar of a chart: what it stands for (a status, a platform, a week, ...) and its number. */
public record Bucket<K>(K key, Counter counter) {
}
