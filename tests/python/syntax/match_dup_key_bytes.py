match event:
    case {b'a\x00': x, b'a\x00': y}:
        pass
