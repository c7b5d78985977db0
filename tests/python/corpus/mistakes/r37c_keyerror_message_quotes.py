# reporting missing keys; the KeyError's message has quotes I didn't expect
inventory = {"apple": 3}
for key in ["apple", "pear", "", 5, ("a", 1)]:
    try:
        print(key, inventory[key])
    except KeyError as e:
        print("missing:", e, "| args:", e.args)
print(KeyError(), KeyError("a", "b"), KeyError(None))
raise KeyError("a\nb")
