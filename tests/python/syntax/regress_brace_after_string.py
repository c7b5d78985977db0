q = f"{x}"{
y = 1
