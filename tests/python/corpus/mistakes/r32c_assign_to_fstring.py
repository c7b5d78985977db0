# Assigning to an f-string by mistake when building a variable name.
for i in range(3):
    f"var_{i}" = i * i
print(var_0)
print("done")
