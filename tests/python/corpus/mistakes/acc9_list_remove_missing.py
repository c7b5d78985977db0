# list.remove of a value not in the list.
pending = ["a", "b", "c"]
pending.remove("b")
pending.remove("d")
print(pending)
