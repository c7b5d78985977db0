print(f"{a:{b:{c:{d}}}}")
