# A lambda written directly inside f-string braces.
values = [3, 1, 2]
print(f"sorted: {sorted(values)}")
print(f"key fn: {lambda x: x * 2}")
# (the learner's program ends here)
