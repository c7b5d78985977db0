# str.format with fewer values than fields.
print("start")

template = "{} finished in {} s"
print(template.format("task"))
