# r24c_unpack_too_few: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
record = "alice,30"
name, age, city = record.split(",")
print(name, age, city)
