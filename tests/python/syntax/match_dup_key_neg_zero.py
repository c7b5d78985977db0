match event:
    case {-0.0: x, 0: y}:
        pass
