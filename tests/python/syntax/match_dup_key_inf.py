match event:
    case {1e999: x, 1e999: y}:
        pass
