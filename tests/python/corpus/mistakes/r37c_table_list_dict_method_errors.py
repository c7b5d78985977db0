# list, dict and set methods used wrongly, each error printed
lst = [3, 1, 2]
d = {"a": 1}
st = {1, 2}
calls = [
    ("lst.insert(0)", lambda: lst.insert(0)),
    ("lst.pop('0')", lambda: lst.pop("0")),
    ("lst.pop(10)", lambda: lst.pop(10)),
    ("lst.index(1, 'a')", lambda: lst.index(1, "a")),
    ("lst.remove()", lambda: lst.remove()),
    ("lst.extend(5)", lambda: lst.extend(5)),
    ("lst.sort(reverse=1, cmp=None)", lambda: lst.sort(reverse=1, cmp=None)),
    ("lst.copy(1)", lambda: lst.copy(1)),
    ("d.pop()", lambda: d.pop()),
    ("d.popitem(1)", lambda: d.popitem(1)),
    ("d.update(1)", lambda: d.update(1)),
    ("d.update([1])", lambda: d.update([1])),
    ("d.setdefault()", lambda: d.setdefault()),
    ("dict.fromkeys()", lambda: dict.fromkeys()),
    ("d | [1]", lambda: d | [1]),
    ("st.remove(5)", lambda: st.remove(5)),
    ("st.add()", lambda: st.add()),
    ("st.add([1])", lambda: st.add([1])),
    ("st | [1]", lambda: st | [1]),
    ("st.union(5)", lambda: st.union(5)),
    ("set().pop()", lambda: set().pop()),
    ("lst[1:2:0]", lambda: lst[1:2:0]),
    ("lst['a':]", lambda: lst["a":]),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
