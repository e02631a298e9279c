from fieldservice.cli import main

raise SystemExit(main())
