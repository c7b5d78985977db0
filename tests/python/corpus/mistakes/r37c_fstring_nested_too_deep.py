# a table whose width, precision and alignment all come from variables
value, width, prec, align = 3.14159, 10, 2, ">"
print(f"[{value:{align}{width}.{prec}f}]")
print(f"[{value:{align}{width}.{prec:{'d'}}f}]")
print(f"[{value:{align}{width}.{prec:{'{d}'}}f}]")
