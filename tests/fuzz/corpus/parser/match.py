match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=5) if x > 0:
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case [*_, last]:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | 2+3j | -4-5j | "s" | b"b" | None | True | False:
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case {}:
        pass
    case []:
        pass
    case ():
        pass
    case (a,):
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case {**rest}:
        pass
    case str() | bytes():
        pass
    case x:
        pass
    case _:
        pass
match = 1
match(x)
match.x = 2
case = 3
print(match, case)
match x, y:
    case 1, 2: pass
match *a, b:
    case _: pass
