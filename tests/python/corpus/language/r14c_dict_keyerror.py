# A phone book lookup with a key that is not there, uncaught: KeyError's traceback.
phone_book = {"alice": "555-1234", "bob": "555-9876"}
for name in ["alice", "bob"]:
    print(name.title(), phone_book[name])
phone_book["carol"] = "555-0000"
print(len(phone_book), "entries")
print("Dave:", phone_book["dave"])
