# dict.pop of a missing key without a default.
print("start")

tasks = {"a": 1}
print(tasks.pop("a"))
print(tasks.pop("a"))
