# Removing an item that is not in the list.
guests = ["ann", "bob"]
guests.remove("bob")
guests.remove("cy")
print(guests)
