# KeyErrors for a None key and for a key with quotes and a newline in it
lookup = {"a": 1}
for key in (None, "it's\nhere"):
    try:
        lookup[key]
    except KeyError as e:
        print("missing:", e)
lookup['say "hi"']
