headers = ["id", "name", "email"]
row = "7,ada,ada@example.org"

record = dict(zip(headers, row.split(",")))
print(record)
fields = dict(zip(row.split(",")))
print(fields)
