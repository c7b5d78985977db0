while x:
    try:
        while x:
            try:
                while x:
                    try:
                        while x:
                            try:
                                while x:
                                    try:
                                        while x:
                                            try:
                                                while x:
                                                    try:
                                                        while x:
                                                            try:
                                                                while x:
                                                                    try:
                                                                        while x:
                                                                            try:
                                                                                while x:
                                                                                    pass
                                                                            finally:
                                                                                pass
                                                                    finally:
                                                                        pass
                                                            finally:
                                                                pass
                                                    finally:
                                                        pass
                                            finally:
                                                pass
                                    finally:
                                        pass
                            finally:
                                pass
                    finally:
                        pass
            finally:
                pass
    finally:
        pass
