# Using the old <> operator for not-equal
status = "ready"
if status <> "done":
    print("still working")
print("end")
