package vn.motcua.studio.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flow of a process as a graph of element ids, and its longest path by weight (a step's budget
 * in working minutes) from a start to an end. A loop (a step sent back to an earlier one) is walked
 * once: the edges that close a cycle in a depth-first walk from the starts, in model order, are
 * dropped, and the rest is a DAG whose heaviest path is found by dynamic programming. Ties go to
 * the element that comes first in the model, so the answer is stable.
 */
final class PreviewGraph {

  private final List<String> nodes;
  private final Map<String, List<String>> successors;
  private final Map<String, Long> weights;

  /**
   * @param nodes every element, in model order
   * @param successors the elements each element leads to
   * @param weights each element's weight; missing means 0
   */
  PreviewGraph(
      List<String> nodes, Map<String, List<String>> successors, Map<String, Long> weights) {
    this.nodes = List.copyOf(nodes);
    this.successors = successors;
    this.weights = weights;
  }

  /** The heaviest chain from a start to each element reachable from one: its elements in order. */
  Map<String, List<String>> chains(Collection<String> starts) {
    Map<String, List<String>> dag = withoutBackEdges(starts);
    List<String> order = topological(dag, starts);
    Map<String, Long> best = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    for (String start : starts) {
      best.putIfAbsent(start, weight(start));
    }
    for (String node : order) {
      long reached = best.get(node);
      for (String next : dag.getOrDefault(node, List.of())) {
        long candidate = reached + weight(next);
        if (!best.containsKey(next) || candidate > best.get(next)) {
          best.put(next, candidate);
          previous.put(next, node);
        }
      }
    }
    Map<String, List<String>> chains = new LinkedHashMap<>();
    for (String node : order) {
      List<String> chain = new ArrayList<>();
      for (String at = node; at != null; at = previous.get(at)) {
        chain.add(0, at);
      }
      chains.put(node, chain);
    }
    return chains;
  }

  /**
   * The heaviest path from a start to an end (to the heaviest reachable element when no end is
   * reachable); empty when there is no start.
   */
  List<String> longestPath(Collection<String> starts, Collection<String> ends) {
    Map<String, List<String>> chains = chains(starts);
    List<String> best = List.of();
    long bestWeight = -1;
    boolean anyEnd = ends.stream().anyMatch(chains::containsKey);
    for (String node : nodes) {
      List<String> chain = chains.get(node);
      if (chain == null || anyEnd && !ends.contains(node)) {
        continue;
      }
      long total = chain.stream().mapToLong(this::weight).sum();
      if (total > bestWeight) {
        best = chain;
        bestWeight = total;
      }
    }
    return best;
  }

  private long weight(String node) {
    return weights.getOrDefault(node, 0L);
  }

  /** The graph reachable from the starts, less the edges that close a cycle. */
  private Map<String, List<String>> withoutBackEdges(Collection<String> starts) {
    Map<String, List<String>> dag = new HashMap<>();
    Set<String> done = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    for (String start : starts) {
      if (done.contains(start)) {
        continue;
      }
      // iterative depth-first walk: a frame is a node and the index of its next successor
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {start, 0});
      onPath.add(start);
      while (!stack.isEmpty()) {
        Object[] frame = stack.peek();
        String node = (String) frame[0];
        List<String> next = successors.getOrDefault(node, List.of());
        int i = (Integer) frame[1];
        if (i == next.size()) {
          stack.pop();
          onPath.remove(node);
          done.add(node);
          continue;
        }
        frame[1] = i + 1;
        String target = next.get(i);
        if (onPath.contains(target)) {
          continue; // closes a cycle
        }
        dag.computeIfAbsent(node, n -> new ArrayList<>()).add(target);
        if (!done.contains(target)) {
          stack.push(new Object[] {target, 0});
          onPath.add(target);
        }
      }
    }
    return dag;
  }

  /** The elements reachable from the starts, each after every element that leads to it. */
  private static List<String> topological(
      Map<String, List<String>> dag, Collection<String> starts) {
    Map<String, Integer> incoming = new HashMap<>();
    Set<String> seen = new HashSet<>(starts);
    Deque<String> walk = new ArrayDeque<>(starts);
    while (!walk.isEmpty()) {
      for (String next : dag.getOrDefault(walk.pop(), List.of())) {
        incoming.merge(next, 1, Integer::sum);
        if (seen.add(next)) {
          walk.add(next);
        }
      }
    }
    List<String> order = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    starts.stream().filter(s -> !incoming.containsKey(s)).distinct().forEach(ready::add);
    while (!ready.isEmpty()) {
      String node = ready.pop();
      order.add(node);
      for (String next : dag.getOrDefault(node, List.of())) {
        if (incoming.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    return order;
  }
}
