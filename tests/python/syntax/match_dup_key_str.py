match event:
    case {'type': x, 'type': y}:
        pass
