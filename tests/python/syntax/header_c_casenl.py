match a:
    case 1
