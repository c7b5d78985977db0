match event:
    case {0x10000000000000000: x, 18446744073709551616: y}:
        pass
