# OrderedDict move_to_end/popitem/equality, ChainMap lookups, new_child and parents.
from collections import OrderedDict, ChainMap
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
o1, o2 = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), list(reversed(o1)), o1 | {"c": 3})
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
base = {"colour": "red", "size": 1}
over = {"size": 2}
cm = ChainMap(over, base)
print(cm["size"], cm["colour"], list(cm), cm.get("x", "-"), "colour" in cm, len(cm))
cm["colour"] = "blue"
print(over, base, cm)
child = cm.new_child()
child["size"] = 99
print(child["size"], cm["size"], child.parents["size"], child.maps)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap().maps)
try:
    cm.pop("missing")
except KeyError as e:
    print("KeyError:", e)
