match event:
    case {'\u200b': x, '\u200b': y}:
        pass
