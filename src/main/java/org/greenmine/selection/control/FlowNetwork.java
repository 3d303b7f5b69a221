package org.greenmine.selection.control;

import java.util.Arrays;

/**
 * A directed network with integer capacities and Dinic's maximum flow, kept in flat arrays so that
 * a network of some hundred thousand edges costs a few arrays, not objects. Edge {@code e} and its
 * reverse {@code e ^ 1} are added together; the flow on {@code e} is the residual of {@code e ^ 1}.
 * Deterministic: the same edges added in the same order give the same flow.
 */
final class FlowNetwork {
  private final int nodeCount;
  private final int[] head;
  private int[] next;
  private int[] target;
  private int[] residual;
  private int[] capacity;
  private int edgeCount;
  private final int[] level;
  private final int[] cursor;
  private final int[] queue;
  private final int[] path;

  FlowNetwork(int nodeCount, int expectedEdges) {
    this.nodeCount = nodeCount;
    this.head = new int[nodeCount];
    Arrays.fill(head, -1);
    int size = Math.max(2, 2 * expectedEdges);
    next = new int[size];
    target = new int[size];
    residual = new int[size];
    capacity = new int[size];
    level = new int[nodeCount];
    cursor = new int[nodeCount];
    queue = new int[nodeCount];
    path = new int[nodeCount];
  }

  /** Adds an edge and returns its index. */
  int addEdge(int from, int to, int cap) {
    if (edgeCount + 2 > next.length) {
      int size = next.length * 2;
      next = Arrays.copyOf(next, size);
      target = Arrays.copyOf(target, size);
      residual = Arrays.copyOf(residual, size);
      capacity = Arrays.copyOf(capacity, size);
    }
    int e = edgeCount;
    link(e, from, to, cap);
    link(e + 1, to, from, 0);
    edgeCount += 2;
    return e;
  }

  private void link(int e, int from, int to, int cap) {
    target[e] = to;
    capacity[e] = cap;
    residual[e] = cap;
    next[e] = head[from];
    head[from] = e;
  }

  /** Gives edge {@code e} a new capacity from the next {@link #clearFlow()} on. */
  void setCapacity(int e, int cap) {
    capacity[e] = cap;
  }

  /** Removes all flow. */
  void clearFlow() {
    System.arraycopy(capacity, 0, residual, 0, edgeCount);
  }

  /** Raises the capacity of edge {@code e} while keeping the flow already found. */
  void raiseCapacity(int e, int by) {
    capacity[e] += by;
    residual[e] += by;
  }

  int flow(int e) {
    return residual[e ^ 1];
  }

  int target(int e) {
    return target[e];
  }

  /** Pushes as much more flow as possible from {@code source} to {@code sink}; returns how much. */
  long maxFlow(int source, int sink) {
    long total = 0;
    while (levels(source, sink)) {
      System.arraycopy(head, 0, cursor, 0, nodeCount);
      int pushed;
      while ((pushed = augment(source, sink)) > 0) {
        total += pushed;
      }
    }
    return total;
  }

  private boolean levels(int source, int sink) {
    Arrays.fill(level, -1);
    level[source] = 0;
    int read = 0;
    int write = 0;
    queue[write++] = source;
    while (read < write) {
      int u = queue[read++];
      for (int e = head[u]; e != -1; e = next[e]) {
        int v = target[e];
        if (residual[e] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue[write++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  /** One augmenting path in the level graph, found without recursion. */
  private int augment(int source, int sink) {
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        int pushed = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          pushed = Math.min(pushed, residual[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          residual[path[i]] -= pushed;
          residual[path[i] ^ 1] += pushed;
        }
        return pushed;
      }
      int e = cursor[u];
      while (e != -1 && !(residual[e] > 0 && level[target[e]] == level[u] + 1)) {
        e = next[e];
      }
      cursor[u] = e;
      if (e != -1) {
        path[depth++] = e;
        u = target[e];
      } else {
        if (depth == 0) {
          return 0;
        }
        level[u] = -1; // a dead end stays one for the rest of this phase
        int back = path[--depth];
        u = target[back ^ 1];
        cursor[u] = next[cursor[u]];
      }
    }
  }
}
