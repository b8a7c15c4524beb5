
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'moks' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'moks'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'moks' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for moks')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page of moks, or of one of its commands')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send a signed request to the API host and print the answer (no cmdlet; like gh api)')
            [CompletionResult]::new('complete-version', 'complete-version', [CompletionResultType]::ParameterValue, 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check the configuration moks uses')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List every version''s expiry, soonest first; exit 8 when a DEPLOYED one expires soon (no cmdlet)')
            [CompletionResult]::new('get-ca-cert', 'get-ca-cert', [CompletionResultType]::ParameterValue, 'List the account CA certificates (Get-MOKSCACert)')
            [CompletionResult]::new('get-client-cert', 'get-client-cert', [CompletionResultType]::ParameterValue, 'List client certificates, or show one (Get-MOKSClientCert)')
            [CompletionResult]::new('get-client-cert-version', 'get-client-cert-version', [CompletionResultType]::ParameterValue, 'List the versions of a client certificate (Get-MOKSClientCertVersion)')
            [CompletionResult]::new('get-csr', 'get-csr', [CompletionResultType]::ParameterValue, 'Write the CSR of a THIRD_PARTY version as PEM, to be signed by your CA (no cmdlet)')
            [CompletionResult]::new('get-version-guid', 'get-version-guid', [CompletionResultType]::ParameterValue, 'Print the versionGuid a Property Manager rule tree takes, and only it (no cmdlet)')
            [CompletionResult]::new('remove-version', 'remove-version', [CompletionResultType]::ParameterValue, 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Create a new version of a client certificate (New-MOKSClientCertVersion)')
            [CompletionResult]::new('set-client-cert', 'set-client-cert', [CompletionResultType]::ParameterValue, 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)')
            [CompletionResult]::new('truststore', 'truststore', [CompletionResultType]::ParameterValue, 'Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a version of a client certificate is DEPLOYED, then show it (no cmdlet)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in MOKS sandbox')
            [CompletionResult]::new('new-client-cert', 'new-client-cert', [CompletionResultType]::ParameterValue, 'Create a client certificate (New-MOKSClientCert)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;api' {
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON: a literal, a FILE, or - for standard input')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;complete-version' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, latest, deployed, current or previous (default: the one AWAITING_SIGNED_CERTIFICATE)')
            [CompletionResult]::new('--certificate-file', '--certificate-file', [CompletionResultType]::ParameterName, 'The signed certificate (PEM, or DER converted to PEM)')
            [CompletionResult]::new('--trust-chain-file', '--trust-chain-file', [CompletionResultType]::ParameterName, 'The chain of CA certificates that signed it (PEM)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON ({"certificate": …, "trustChain": …}): a literal, a FILE, or -')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 30m]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the longest pause between two checks [default: 30s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--acknowledge-all-warnings', '--acknowledge-all-warnings', [CompletionResultType]::ParameterName, 'Upload even if the certificate raises validation warnings')
            [CompletionResult]::new('--skip-local-checks', '--skip-local-checks', [CompletionResultType]::ParameterName, 'Upload without the local checks (key and CN against the version''s CSR, validity dates, chain order); a private key is refused all the same')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the version is DEPLOYED (as `moks wait` does)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;config' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Show the .edgerc file, section and host in use, and prove them with one call')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;config;check' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;config;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Show the .edgerc file, section and host in use, and prove them with one call')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;config;help;check' {
            break
        }
        'moks;config;help;help' {
            break
        }
        'moks;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'The window: a DEPLOYED version that expires within it (or has expired) makes the exit code 8. A number and a unit: s, m, h, d or w (e.g. 30d, 12h, 2w)')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Only the certificates of this signer: AKAMAI or THIRD_PARTY')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'How many certificates'' versions are fetched at once (1 to 64)')
            [CompletionResult]::new('--max-rps', '--max-rps', [CompletionResultType]::ParameterName, 'At most this many requests a second, retries included (the API allows 300 a minute per account: 5 a second)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;get-ca-cert' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated or repeated; case-insensitive)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;get-client-cert' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Show the certificate with this id')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'Show the certificate with this id')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Show the certificate with this name (exact, else a unique case-insensitive match)')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'Show the certificate with this name (exact, else a unique case-insensitive match)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;get-client-cert-version' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only this version: a number, latest, deployed, current or previous')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--include-associated-properties', '--include-associated-properties', [CompletionResultType]::ParameterName, 'Also list the properties that use each version')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;get-csr' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, latest, deployed, current or previous (default: the one AWAITING_SIGNED_CERTIFICATE)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the PEM to FILE instead of standard output')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;get-version-guid' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: current, previous, latest, deployed or a number')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--behavior', '--behavior', [CompletionResultType]::ParameterName, 'Print the rule tree''s mtlsOriginKeystore behavior holding the GUID')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;remove-version' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, latest, deployed, current or previous')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (required when there is no terminal to ask on)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (required when there is no terminal to ask on)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete even a version properties use, or the last one (which deletes the certificate)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;rotate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 30m]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the longest pause between two checks [default: 30s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the version is DEPLOYED (as `moks wait` does)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;set-client-cert' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new name (1-64 characters)')
            [CompletionResult]::new('--notification-emails', '--notification-emails', [CompletionResultType]::ParameterName, 'The full new list of e-mail addresses (repeatable and comma-separated)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON: a literal, a FILE, or - for standard input')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('copy-ca-set', 'copy-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set from a version of another (Copy-METSCASet)')
            [CompletionResult]::new('clone', 'clone', [CompletionResultType]::ParameterValue, 'Create a CA set from a version of another (Copy-METSCASet)')
            [CompletionResult]::new('get-ca-set', 'get-ca-set', [CompletionResultType]::ParameterValue, 'List CA sets, or show one (Get-METSCASet)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List CA sets, or show one (Get-METSCASet)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'List CA sets, or show one (Get-METSCASet)')
            [CompletionResult]::new('get-ca-set-activation', 'get-ca-set-activation', [CompletionResultType]::ParameterValue, 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)')
            [CompletionResult]::new('activations', 'activations', [CompletionResultType]::ParameterValue, 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)')
            [CompletionResult]::new('get-ca-set-activities', 'get-ca-set-activities', [CompletionResultType]::ParameterValue, 'Show the activities of a CA set, newest first (Get-METSCASetActivities)')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'Show the activities of a CA set, newest first (Get-METSCASetActivities)')
            [CompletionResult]::new('get-ca-set-association', 'get-ca-set-association', [CompletionResultType]::ParameterValue, 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)')
            [CompletionResult]::new('associations', 'associations', [CompletionResultType]::ParameterValue, 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)')
            [CompletionResult]::new('get-removal', 'get-removal', [CompletionResultType]::ParameterValue, 'Show the status of a CA set''s deletion, per network (Get-METSRemoval)')
            [CompletionResult]::new('delete-status', 'delete-status', [CompletionResultType]::ParameterValue, 'Show the status of a CA set''s deletion, per network (Get-METSRemoval)')
            [CompletionResult]::new('new-ca-set', 'new-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set, empty until a version is added (New-METSCASet)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CA set, empty until a version is added (New-METSCASet)')
            [CompletionResult]::new('new-ca-set-activation', 'new-ca-set-activation', [CompletionResultType]::ParameterValue, 'Activate a version of a CA set on staging or production (New-METSCASetActivation)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a version of a CA set on staging or production (New-METSCASetActivation)')
            [CompletionResult]::new('deploy', 'deploy', [CompletionResultType]::ParameterValue, 'Activate a version of a CA set on staging or production (New-METSCASetActivation)')
            [CompletionResult]::new('new-ca-set-deactivation', 'new-ca-set-deactivation', [CompletionResultType]::ParameterValue, 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)')
            [CompletionResult]::new('remove-ca-set', 'remove-ca-set', [CompletionResultType]::ParameterValue, 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;truststore;copy-ca-set' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new set''s name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--new-ca-set-name', '--new-ca-set-name', [CompletionResultType]::ParameterName, 'The new set''s name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new set''s description, 1-255 characters')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The source''s version to copy (cloneFromVersion) [default: its latest]')
            [CompletionResult]::new('--clone-from-version', '--clone-from-version', [CompletionResultType]::ParameterName, 'The source''s version to copy (cloneFromVersion) [default: its latest]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;clone' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new set''s name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--new-ca-set-name', '--new-ca-set-name', [CompletionResultType]::ParameterName, 'The new set''s name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new set''s description, 1-255 characters')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'The source''s version to copy (cloneFromVersion) [default: its latest]')
            [CompletionResult]::new('--clone-from-version', '--clone-from-version', [CompletionResultType]::ParameterName, 'The source''s version to copy (cloneFromVersion) [default: its latest]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get-ca-set' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only sets whose name starts with this (caSetNamePrefix)')
            [CompletionResult]::new('--activated-on', '--activated-on', [CompletionResultType]::ParameterName, 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API''s, NOT_DELETED]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;list' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only sets whose name starts with this (caSetNamePrefix)')
            [CompletionResult]::new('--activated-on', '--activated-on', [CompletionResultType]::ParameterName, 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API''s, NOT_DELETED]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s exact name')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only sets whose name starts with this (caSetNamePrefix)')
            [CompletionResult]::new('--activated-on', '--activated-on', [CompletionResultType]::ParameterName, 'Only sets with a version active there: staging, production, inactive, staging+production (on both) or staging,production (on either)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated): NOT_DELETED, DELETING, DELETED [default: the API''s, NOT_DELETED]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get-ca-set-activation' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only the requests of this version')
            [CompletionResult]::new('--activation-id', '--activation-id', [CompletionResultType]::ParameterName, 'This request only (activationId)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;activations' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only the requests of this version')
            [CompletionResult]::new('--activation-id', '--activation-id', [CompletionResultType]::ParameterName, 'This request only (activationId)')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get-ca-set-activities' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Only activities at or after this: RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Only activities at or before this: RFC 3339, or a date (up to the end of that day)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;activities' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Only activities at or after this: RFC 3339 (2025-04-01T12:00:00Z) or a date (2025-04-01)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Only activities at or before this: RFC 3339, or a date (up to the end of that day)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get-ca-set-association' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this kind: enrollments or properties (associationType) [default: both]')
            [CompletionResult]::new('--association-type', '--association-type', [CompletionResultType]::ParameterName, 'Only this kind: enrollments or properties (associationType) [default: both]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;associations' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this kind: enrollments or properties (associationType) [default: both]')
            [CompletionResult]::new('--association-type', '--association-type', [CompletionResultType]::ParameterName, 'Only this kind: enrollments or properties (associationType) [default: both]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;get-removal' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;delete-status' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;new-ca-set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of 1-255 characters')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON: a literal, a FILE, or - for standard input')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The name: 3-64 of a-z A-Z 0-9 . _ - %, no ''...''; unique among the sets not deleted')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of 1-255 characters')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON: a literal, a FILE, or - for standard input')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;new-ca-set-activation' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;activate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;deploy' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;new-ca-set-deactivation' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;deactivate' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;disable' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, or latest (the set''s latestVersion)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'The network: staging or production')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;remove-ca-set' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;delete' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--ca-set-id', '--ca-set-id', [CompletionResultType]::ParameterName, 'The CA set''s id (caSetId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--ca-set-name', '--ca-set-name', [CompletionResultType]::ParameterName, 'The CA set''s name: an exact match among the sets not deleted')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 1h]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the pause between two checks when the API suggests none; its Retry-After is taken within 5s (or this, if shorter) and 60s [default: 10s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the request ends: COMPLETE, or FAILED (exit 5)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;truststore;help' {
            [CompletionResult]::new('copy-ca-set', 'copy-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set from a version of another (Copy-METSCASet)')
            [CompletionResult]::new('get-ca-set', 'get-ca-set', [CompletionResultType]::ParameterValue, 'List CA sets, or show one (Get-METSCASet)')
            [CompletionResult]::new('get-ca-set-activation', 'get-ca-set-activation', [CompletionResultType]::ParameterValue, 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)')
            [CompletionResult]::new('get-ca-set-activities', 'get-ca-set-activities', [CompletionResultType]::ParameterValue, 'Show the activities of a CA set, newest first (Get-METSCASetActivities)')
            [CompletionResult]::new('get-ca-set-association', 'get-ca-set-association', [CompletionResultType]::ParameterValue, 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)')
            [CompletionResult]::new('get-removal', 'get-removal', [CompletionResultType]::ParameterValue, 'Show the status of a CA set''s deletion, per network (Get-METSRemoval)')
            [CompletionResult]::new('new-ca-set', 'new-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set, empty until a version is added (New-METSCASet)')
            [CompletionResult]::new('new-ca-set-activation', 'new-ca-set-activation', [CompletionResultType]::ParameterValue, 'Activate a version of a CA set on staging or production (New-METSCASetActivation)')
            [CompletionResult]::new('new-ca-set-deactivation', 'new-ca-set-deactivation', [CompletionResultType]::ParameterValue, 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)')
            [CompletionResult]::new('remove-ca-set', 'remove-ca-set', [CompletionResultType]::ParameterValue, 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;truststore;help;copy-ca-set' {
            break
        }
        'moks;truststore;help;get-ca-set' {
            break
        }
        'moks;truststore;help;get-ca-set-activation' {
            break
        }
        'moks;truststore;help;get-ca-set-activities' {
            break
        }
        'moks;truststore;help;get-ca-set-association' {
            break
        }
        'moks;truststore;help;get-removal' {
            break
        }
        'moks;truststore;help;new-ca-set' {
            break
        }
        'moks;truststore;help;new-ca-set-activation' {
            break
        }
        'moks;truststore;help;new-ca-set-deactivation' {
            break
        }
        'moks;truststore;help;remove-ca-set' {
            break
        }
        'moks;truststore;help;help' {
            break
        }
        'moks;wait' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--certificate-id', '--certificate-id', [CompletionResultType]::ParameterName, 'The client certificate''s id (certificateId)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The client certificate''s name: an exact match, else a unique case-insensitive one')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The version: a number, latest, deployed, current or previous')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'The longest wait (exit 7 after it): 30s, 10m, 1h…')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'The longest pause between two checks (the first ones come sooner)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;sandbox' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the state that --sandbox keeps between commands (the next use starts over)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;sandbox;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port); a non-loopback address is warned about: the sandbox''s test credentials are then reachable from the network')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep state in this file (shared safely with other moks processes); default: in memory')
            [CompletionResult]::new('--deploy-delay', '--deploy-delay', [CompletionResultType]::ParameterName, 'How long a version stays DEPLOYMENT_PENDING')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests per minute per account, and per credential across accounts, before 429 (0 = unlimited)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay added to every answer')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Share of requests answered 503, for testing clients (0 to 1)')
            [CompletionResult]::new('--delete-pending', '--delete-pending', [CompletionResultType]::ParameterName, 'How long a deleted deployed version stays DELETE_PENDING (the API: up to 24 hours)')
            [CompletionResult]::new('--akamai-lifetime', '--akamai-lifetime', [CompletionResultType]::ParameterName, 'Lifetime of an Akamai-signed version; when it expires the sandbox rotates it')
            [CompletionResult]::new('--ca-rotation', '--ca-rotation', [CompletionResultType]::ParameterName, 'Move the account CA through QUALIFYING, CURRENT and PREVIOUS with this period (default: it stays CURRENT)')
            [CompletionResult]::new('--truststore-delay', '--truststore-delay', [CompletionResultType]::ParameterName, 'How long an Edge Truststore activation, deactivation or CA set deletion stays IN_PROGRESS')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Example client certificates to create when the state is new (and, for N ≥ 1, up to 3 example CA sets)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Serve HTTPS with a self-signed certificate for 127.0.0.1/localhost (its file, private to you and removed on exit, is named on start)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;sandbox;reset' {
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'moks;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the state that --sandbox keeps between commands (the next use starts over)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;sandbox;help;serve' {
            break
        }
        'moks;sandbox;help;reset' {
            break
        }
        'moks;sandbox;help;help' {
            break
        }
        'moks;new-client-cert' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The certificate''s name, unique in the account (1-64 characters)')
            [CompletionResult]::new('--certificate-name', '--certificate-name', [CompletionResultType]::ParameterName, 'The certificate''s name, unique in the account (1-64 characters)')
            [CompletionResult]::new('--contract-id', '--contract-id', [CompletionResultType]::ParameterName, 'Contract id (a ctr_ prefix is stripped)')
            [CompletionResult]::new('--group-id', '--group-id', [CompletionResultType]::ParameterName, 'Group id (a grp_ prefix is stripped)')
            [CompletionResult]::new('--geography', '--geography', [CompletionResultType]::ParameterName, 'Where the certificate is deployed [default: CORE]')
            [CompletionResult]::new('--secure-network', '--secure-network', [CompletionResultType]::ParameterName, 'STANDARD_TLS, or ENHANCED_TLS for the PCI-compliant network')
            [CompletionResult]::new('--signer', '--signer', [CompletionResultType]::ParameterName, 'Who signs it: AKAMAI (the account CA) or THIRD_PARTY (your CA, from the CSR)')
            [CompletionResult]::new('--notification-emails', '--notification-emails', [CompletionResultType]::ParameterName, 'Addresses told about expiry and rotation (repeatable and comma-separated)')
            [CompletionResult]::new('--key-algorithm', '--key-algorithm', [CompletionResultType]::ParameterName, 'RSA or ECDSA; left out, the server picks RSA')
            [CompletionResult]::new('--preferred-ca', '--preferred-ca', [CompletionResultType]::ParameterName, 'Common name of the account CA that signs it (AKAMAI only; see get-ca-cert)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Custom subject in the /C=US/O=Org/CN=name/ form (CN of 1-64 characters required)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The request body as JSON: a literal, a FILE, or - for standard input')
            [CompletionResult]::new('--wait-timeout', '--wait-timeout', [CompletionResultType]::ParameterName, 'With --wait: the longest wait (exit 7 after it) [default: 30m]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: the longest pause between two checks [default: 30s]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('--edgerc', '--edgerc', [CompletionResultType]::ParameterName, 'The .edgerc file [default: ~/.edgerc]')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'The .edgerc section [default: default]')
            [CompletionResult]::new('--account-key', '--account-key', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--accountkey', '--accountkey', [CompletionResultType]::ParameterName, 'Account switch key, sent as accountSwitchKey on every request (''none'' clears the file''s)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each answer, its body included')
            [CompletionResult]::new('--max-response-size', '--max-response-size', [CompletionResultType]::ParameterName, 'The largest answer to read (a larger one exits 5): bytes, or 64MiB, 500KB, 1GiB')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust this CA certificate (PEM or DER), e.g. a proxy''s or the sandbox''s')
            [CompletionResult]::new('--sandbox-state', '--sandbox-state', [CompletionResultType]::ParameterName, 'Where --sandbox keeps its state [default: ~/.local/state/moks/sandbox.json]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto (a terminal without NO_COLOR), always, never')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the version is DEPLOYED (as `moks wait` does)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the API''s JSON unchanged (for scripts and jq)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Show PEM blocks whole instead of their first and last lines')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column of a table, however wide (piped output always does)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each request on stderr (method, URL, status, time, retries; never secrets)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request that would be sent (signature redacted) and send nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against the built-in sandbox (no account or .edgerc needed)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print errors only: no warnings, notes or next steps')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'moks;help' {
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for moks')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page of moks, or of one of its commands')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send a signed request to the API host and print the answer (no cmdlet; like gh api)')
            [CompletionResult]::new('complete-version', 'complete-version', [CompletionResultType]::ParameterValue, 'Upload the signed certificate of a THIRD_PARTY version (Complete-MOKSClientCertVersion)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check the configuration moks uses')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'List every version''s expiry, soonest first; exit 8 when a DEPLOYED one expires soon (no cmdlet)')
            [CompletionResult]::new('get-ca-cert', 'get-ca-cert', [CompletionResultType]::ParameterValue, 'List the account CA certificates (Get-MOKSCACert)')
            [CompletionResult]::new('get-client-cert', 'get-client-cert', [CompletionResultType]::ParameterValue, 'List client certificates, or show one (Get-MOKSClientCert)')
            [CompletionResult]::new('get-client-cert-version', 'get-client-cert-version', [CompletionResultType]::ParameterValue, 'List the versions of a client certificate (Get-MOKSClientCertVersion)')
            [CompletionResult]::new('get-csr', 'get-csr', [CompletionResultType]::ParameterValue, 'Write the CSR of a THIRD_PARTY version as PEM, to be signed by your CA (no cmdlet)')
            [CompletionResult]::new('get-version-guid', 'get-version-guid', [CompletionResultType]::ParameterValue, 'Print the versionGuid a Property Manager rule tree takes, and only it (no cmdlet)')
            [CompletionResult]::new('remove-version', 'remove-version', [CompletionResultType]::ParameterValue, 'Delete a version of a client certificate (Remove-MOKSClientCertVersion)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Create a new version of a client certificate (New-MOKSClientCertVersion)')
            [CompletionResult]::new('set-client-cert', 'set-client-cert', [CompletionResultType]::ParameterValue, 'Rename a client certificate or change its e-mails (Set-MOKSClientCert)')
            [CompletionResult]::new('truststore', 'truststore', [CompletionResultType]::ParameterValue, 'Manage Edge Truststore CA sets: the CAs Akamai uses to verify client certificates (no cmdlet)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a version of a client certificate is DEPLOYED, then show it (no cmdlet)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in MOKS sandbox')
            [CompletionResult]::new('new-client-cert', 'new-client-cert', [CompletionResultType]::ParameterValue, 'Create a client certificate (New-MOKSClientCert)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'moks;help;completions' {
            break
        }
        'moks;help;man' {
            break
        }
        'moks;help;api' {
            break
        }
        'moks;help;complete-version' {
            break
        }
        'moks;help;config' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Show the .edgerc file, section and host in use, and prove them with one call')
            break
        }
        'moks;help;config;check' {
            break
        }
        'moks;help;expiring' {
            break
        }
        'moks;help;get-ca-cert' {
            break
        }
        'moks;help;get-client-cert' {
            break
        }
        'moks;help;get-client-cert-version' {
            break
        }
        'moks;help;get-csr' {
            break
        }
        'moks;help;get-version-guid' {
            break
        }
        'moks;help;remove-version' {
            break
        }
        'moks;help;rotate' {
            break
        }
        'moks;help;set-client-cert' {
            break
        }
        'moks;help;truststore' {
            [CompletionResult]::new('copy-ca-set', 'copy-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set from a version of another (Copy-METSCASet)')
            [CompletionResult]::new('get-ca-set', 'get-ca-set', [CompletionResultType]::ParameterValue, 'List CA sets, or show one (Get-METSCASet)')
            [CompletionResult]::new('get-ca-set-activation', 'get-ca-set-activation', [CompletionResultType]::ParameterValue, 'List the activation and deactivation requests of a CA set, or show one (Get-METSCASetActivation)')
            [CompletionResult]::new('get-ca-set-activities', 'get-ca-set-activities', [CompletionResultType]::ParameterValue, 'Show the activities of a CA set, newest first (Get-METSCASetActivities)')
            [CompletionResult]::new('get-ca-set-association', 'get-ca-set-association', [CompletionResultType]::ParameterValue, 'Show what uses a CA set: property hostnames and CPS enrollments (Get-METSCASetAssociation)')
            [CompletionResult]::new('get-removal', 'get-removal', [CompletionResultType]::ParameterValue, 'Show the status of a CA set''s deletion, per network (Get-METSRemoval)')
            [CompletionResult]::new('new-ca-set', 'new-ca-set', [CompletionResultType]::ParameterValue, 'Create a CA set, empty until a version is added (New-METSCASet)')
            [CompletionResult]::new('new-ca-set-activation', 'new-ca-set-activation', [CompletionResultType]::ParameterValue, 'Activate a version of a CA set on staging or production (New-METSCASetActivation)')
            [CompletionResult]::new('new-ca-set-deactivation', 'new-ca-set-deactivation', [CompletionResultType]::ParameterValue, 'Take a version of a CA set off staging or production (New-METSCASetDeactivation)')
            [CompletionResult]::new('remove-ca-set', 'remove-ca-set', [CompletionResultType]::ParameterValue, 'Delete a CA set: no version may be active, and nothing may use it (Remove-METSCASet)')
            break
        }
        'moks;help;truststore;copy-ca-set' {
            break
        }
        'moks;help;truststore;get-ca-set' {
            break
        }
        'moks;help;truststore;get-ca-set-activation' {
            break
        }
        'moks;help;truststore;get-ca-set-activities' {
            break
        }
        'moks;help;truststore;get-ca-set-association' {
            break
        }
        'moks;help;truststore;get-removal' {
            break
        }
        'moks;help;truststore;new-ca-set' {
            break
        }
        'moks;help;truststore;new-ca-set-activation' {
            break
        }
        'moks;help;truststore;new-ca-set-deactivation' {
            break
        }
        'moks;help;truststore;remove-ca-set' {
            break
        }
        'moks;help;wait' {
            break
        }
        'moks;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the MOKS and Edge Truststore emulator until Ctrl-C; prints an .edgerc section for it')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the state that --sandbox keeps between commands (the next use starts over)')
            break
        }
        'moks;help;sandbox;serve' {
            break
        }
        'moks;help;sandbox;reset' {
            break
        }
        'moks;help;new-client-cert' {
            break
        }
        'moks;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
