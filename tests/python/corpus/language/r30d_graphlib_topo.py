# graphlib.TopologicalSorter for build steps, static_order and a cycle error
from graphlib import TopologicalSorter, CycleError

deps = {"link": {"compile"}, "compile": {"fetch", "configure"}, "configure": {"fetch"}, "test": {"link"}}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = TopologicalSorter(deps)
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
bad = TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    bad.prepare()
except CycleError as e:
    print(e.args[0], len(e.args[1]))
TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order().__next__()
