<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Briefings</name>
    <message>
        <source>A %1 has no briefing document.</source>
        <translation>%1 にはブリーフィング資料がありません。</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>must be one of %1</source>
        <translation>%1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>The labels in %1 cannot be used (%2); the built-in ones were used.</source>
        <translation>%1 のラベルは使用できません（%2）。組み込みのラベルを使用しました。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>プリンターを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>a shared part cannot include another part, or itself</source>
        <translation>共有パーツに別のパーツや自分自身を含めることはできません</translation>
    </message>
    <message>
        <source>The template %1 cannot be used (%2); the built-in one was used.</source>
        <translation>テンプレート %1 は使用できません（%2）。組み込みのテンプレートを使用しました。</translation>
    </message>
    <message>
        <source>There is no document template named %1.</source>
        <translation>%1 という名前の文書テンプレートはありません。</translation>
    </message>
    <message>
        <source>The built-in template %1 is broken: %2</source>
        <translation>組み込みテンプレート %1 が壊れています：%2</translation>
    </message>
</context>
<context>
    <name>FieldErrorText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused value: the field&apos;s label, then what is wrong with it.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MergeCommandTr</name>
    <message>
        <source>--prefer takes keep or other, not &quot;%1&quot;</source>
        <translation>--prefer には keep または other を指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A cell of a list element in a sync conflict: the column&apos;s label, then its value.
----------
A list element in a sync conflict: the list&apos;s label, then the element (&quot;Aliases: AMDIE&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
</context>
<context>
    <name>crm::BackupStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database, or it is damaged (%2).</source>
        <translation>%1 は Delegates CRM のデータベースではないか、破損しています（%2）。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 は既に存在します。新しいファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Could not finish the backup %1: %2</source>
        <translation>バックアップ %1 を完了できませんでした：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database.</source>
        <translation>%1 は Delegates CRM のデータベースではありません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). Update the application first.</source>
        <translation>%1 は新しいバージョンの Delegates CRM で作成されています（スキーマ %2。このバージョンが読めるのはスキーマ %3 までです）。先にアプリケーションを更新してください。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation>%1 は破損しているため（%2）、復元できません。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 は破損しています（%2）。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema, but no backup could be written first, so it was not upgraded: %2</source>
        <translation>%1 はスキーマのアップグレードが必要ですが、事前にバックアップを書き込めなかったため、アップグレードしませんでした：%2</translation>
    </message>
</context>
<context>
    <name>crm::Backups</name>
    <message>
        <source>Could not delete the old backup %1.</source>
        <translation>古いバックアップ %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 はデータベース本体であり、そのバックアップではありません。</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was restored.</source>
        <translation>%1 を退避できなかったため、何も復元していません。</translation>
    </message>
    <message>
        <source>Could not write %1; nothing was restored.</source>
        <translation>%1 を書き込めなかったため、何も復元していません。</translation>
    </message>
</context>
<context>
    <name>crm::BulkEdit</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1「%2」（%3）</translation>
    </message>
    <message>
        <source>The %1 cannot be changed: %2 %3</source>
        <translation>%1 は変更できません（%2：%3）</translation>
    </message>
    <message>
        <source>%1 (the %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (no field of theirs can)</source>
        <translation>%1 レコードでは一括設定できません（一括設定できる項目はありません）</translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (these can: %2)</source>
        <translation>%1 レコードでは一括設定できません（一括設定できる項目：%2）</translation>
    </message>
    <message>
        <source>is not a field of %1 (these can be set on many at once: %2)</source>
        <translation>%1 の項目ではありません（一括設定できる項目：%2）</translation>
    </message>
    <message>
        <source>There is no %1 %2; nothing was changed.</source>
        <translation>%1 %2 は存在しないため、何も変更していません。</translation>
    </message>
    <message>
        <source>The %1 is in the Trash; nothing was changed.</source>
        <translation>%1 はごみ箱にあるため、何も変更していません。</translation>
    </message>
    <message>
        <source>The %1 was changed since its %2 was set; nothing was undone.</source>
        <translation>%1 は %2 の設定後に変更されたため、何も元に戻していません。</translation>
    </message>
    <message>
        <source>The %1 was deleted since its %2 was set; nothing was undone.</source>
        <translation>%1 は %2 の設定後に削除されたため、何も元に戻していません。</translation>
    </message>
</context>
<context>
    <name>crm::CalendarExport</name>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>%1との面談</translation>
    </message>
    <message>
        <source>Mission: %1</source>
        <translation>ミッション：%1</translation>
    </message>
</context>
<context>
    <name>crm::CodeLabels</name>
    <message>
        <source>Family name first (山田 太郎)</source>
        <translation>姓が先（山田 太郎）</translation>
    </message>
    <message>
        <source>Given name first (Mohamed Hassani)</source>
        <translation>名が先（Mohamed Hassani）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>Alumnus</source>
        <translation>修了者</translation>
    </message>
    <message>
        <source>Programme stay</source>
        <translation>招へい滞在</translation>
    </message>
    <message>
        <source>Investor mission</source>
        <translation>投資ミッション</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>セミナー</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>見本市</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>ITPO</source>
        <translation>UNIDO東京事務所</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>On the mission</source>
        <translation>ミッション参加者</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>接触済み</translation>
    </message>
    <message>
        <source>Visit / mission</source>
        <translation>視察・ミッション</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>交渉</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>意思決定</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>操業</translation>
    </message>
    <message>
        <source>Aftercare / expansion</source>
        <translation>アフターケア・拡張</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>誘致</translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation>仲介・支援</translation>
    </message>
    <message>
        <source>Implementation support</source>
        <translation>実施支援</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>設備投資額</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>直接雇用</translation>
    </message>
    <message>
        <source>Jobs held by women</source>
        <translation>女性の雇用</translation>
    </message>
    <message>
        <source>Local managers</source>
        <translation>現地管理職</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>輸出額</translation>
    </message>
    <message>
        <source>Local suppliers</source>
        <translation>現地調達先</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>繊維</translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation>再生可能エネルギー</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>運輸・物流</translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation>航空宇宙</translation>
    </message>
</context>
<context>
    <name>crm::ContactCards</name>
    <message>
        <source>only contacts and delegates can be written as business cards</source>
        <translation>名刺として書き出せるのは担当者とデリゲートだけです</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>crm::Dashboard</name>
    <message>
        <source>1–7 days</source>
        <translation>1～7日</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8～30日</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31～90日</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90日超</translation>
    </message>
    <message>
        <source>A year&apos;s bars count the deals that moved or reported figures that year, with the latest figures of that year: a deal active in several years counts in each.</source>
        <translation>各年の棒は、その年に段階が変わったか数値が報告された案件を、その年の最新の数値で数えます。複数の年に動きがあった案件は、それぞれの年に数えられます。</translation>
    </message>
</context>
<context>
    <name>crm::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation>%1 は空のファイル（0 バイト）で、Delegates CRM のデータベースではありません。ファイルはそのままにしてあります。新しいデータベースを作成するには、まだ存在しないパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database (it is not an SQLite file). It has been left as it is.</source>
        <translation>%1 は Delegates CRM のデータベースではありません（SQLite ファイルではありません）。ファイルはそのままにしてあります。</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). Delegates CRM does not write to a database over the network: SQLite&apos;s write-ahead log needs memory shared between the programs using the file, which network file systems do not provide, and the file could be damaged. Keep the database on this computer&apos;s own disk and exchange changes with sync packages, or work on the office server&apos;s copy from the office server itself. The file can still be opened read-only.</source>
        <translation>%1 はネットワーク ファイルシステム（%2）上にあります。Delegates CRM はネットワーク越しにデータベースへ書き込みません。SQLite の先行書き込みログには、ファイルを使うプログラム間で共有するメモリが必要ですが、ネットワーク ファイルシステムにはそれがなく、ファイルが破損するおそれがあるためです。データベースはこのコンピューターのディスクに置いて変更は同期パッケージでやり取りするか、事務所サーバー上のコピーは事務所サーバー自体で操作してください。読み取り専用で開くことはできます。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーであり、データベース ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 can only be read: %2. Delegates CRM writes to its database: copy the file to a folder you can write to, or ask for write access.</source>
        <translation>%1 は読み取り専用です：%2。Delegates CRM はデータベースに書き込みます。書き込み可能なフォルダーにファイルをコピーするか、書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Delegates CRM database.</source>
        <translation>%1 は別のプログラムの SQLite データベースであり、Delegates CRM のデータベースではありません。</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation>%1 は空の SQLite ファイルで、Delegates CRM のデータベースではありません。ファイルはそのままにしてあります。新しいデータベースを作成するには、まだ存在しないパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). It has not been changed; please update the application.</source>
        <translation>%1 は新しいバージョンの Delegates CRM で作成されています（スキーマ %2。このバージョンが読めるのはスキーマ %3 までです）。ファイルは変更していません。アプリケーションを更新してください。</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (schema %2) and must be upgraded before it can be read: %3</source>
        <translation>%1 は古いバージョンの Delegates CRM で作成されており（スキーマ %2）、読み込む前にアップグレードが必要です：%3</translation>
    </message>
    <message>
        <source>Cannot read whether %1 changed.</source>
        <translation>%1 が変更されたかどうかを読み取れません。</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>整合性：%1</translation>
    </message>
    <message>
        <source>Broken link: a row of %1 refers to a missing row of %2</source>
        <translation>リンク切れ：%1 の行が、存在しない %2 の行を参照しています</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2</source>
        <translation>スキーマ バージョンが %1 です（想定は %2）</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 は SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was read from it. Run &quot;delegates-crm-cli check&quot; on it, and restore a backup if the check finds problems.</source>
        <translation>%1 は破損しています（%2）。これ以上は読み込んでいません。このファイルに対して &quot;delegates-crm-cli check&quot; を実行し、問題が見つかった場合はバックアップを復元してください。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free; free at least %3 and try again). Nothing was changed.</source>
        <translation>%1 のあるディスクがいっぱいです（空き容量 %2。%3 以上空けてから再試行してください）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): it can be read but not changed. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>%1 は読み取り専用です（%2）。読み込みはできますが、変更はできません。書き込み可能なフォルダーにコピーするか、書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>Permission denied for %1 (%2): ask for access to the file and its folder.</source>
        <translation>%1 へのアクセスが拒否されました（%2）。ファイルとそのフォルダーへのアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Delegates CRM window or command, or a backup tool): try again once it has finished.</source>
        <translation>%1 は別のプログラム（別の Delegates CRM のウィンドウやコマンド、バックアップ ツールなど）にロックされています。その処理が終わってから再試行してください。</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): check that the file and its folder exist and that you may read them.</source>
        <translation>%1 を開けません（%2）。ファイルとそのフォルダーが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Could not read or write %1 (%2): the disk may be failing, full or disconnected. Run &quot;delegates-crm-cli check&quot; once it is back.</source>
        <translation>%1 を読み書きできませんでした（%2）。ディスクの故障、容量不足、または接続切れの可能性があります。復旧したら &quot;delegates-crm-cli check&quot; を実行してください。</translation>
    </message>
    <message>
        <source>Not enough memory to work on %1.</source>
        <translation>%1 を処理するためのメモリが不足しています。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 でデータベース エラーが発生しました：%2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation>データベースを %1 にコピーできませんでした：%2</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>FUSE (sshfs or another user-space file system)</source>
        <translation>FUSE（sshfs などのユーザー空間ファイルシステム）</translation>
    </message>
    <message>
        <source>it is on read-only media (a disc, a write-protected stick or a read-only mount)</source>
        <translation>読み取り専用のメディア（ディスク、書き込み禁止の USB メモリ、読み取り専用のマウント）上にあります</translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation>このファイルへの書き込み権限がありません</translation>
    </message>
    <message>
        <source>its folder is read-only for you, and the database keeps its journal beside the file</source>
        <translation>フォルダーへの書き込み権限がありません（データベースはファイルと同じフォルダーにジャーナルを置きます）</translation>
    </message>
    <message>
        <source>%1 (FUSE)</source>
        <translation>%1（FUSE）</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>ネットワーク共有</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>ネットワーク ドライブ</translation>
    </message>
</context>
<context>
    <name>crm::Deal</name>
    <message>
        <source>is required when a deal is lost</source>
        <translation>案件が不成立の場合に必須です</translation>
    </message>
    <message>
        <source>must not be before the previous stage change</source>
        <translation>前回の段階変更より前の日付にはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation>「%1」は %2 の金額ではありません（小数点以下 %3 桁まで）</translation>
    </message>
</context>
<context>
    <name>crm::DealImpact</name>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>value · as-of month</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>realised as a percentage of announced</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>planned only</source>
        <translation>計画のみ</translation>
    </message>
    <message>
        <source>nothing announced</source>
        <translation>発表なし</translation>
    </message>
    <message>
        <source>not realised yet</source>
        <translation>未実現</translation>
    </message>
    <message>
        <source>announced zero</source>
        <translation>発表値ゼロ</translation>
    </message>
    <message>
        <source>%1 vs %2, not converted</source>
        <comment>realised currency vs announced currency</comment>
        <translation>%1 対 %2（未換算）</translation>
    </message>
</context>
<context>
    <name>crm::DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication</source>
        <translation>印刷には QGuiApplication が必要です</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>PDF を書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>crm::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation>メールアドレスが一致</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>電話番号が一致</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>ウェブサイトが一致</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名前が一致</translation>
    </message>
    <message>
        <source>name is an alias</source>
        <translation>名前が別名と一致</translation>
    </message>
</context>
<context>
    <name>crm::Investor</name>
    <message>
        <source>a company cannot be its own parent</source>
        <translation>企業を自社の親会社にすることはできません</translation>
    </message>
</context>
<context>
    <name>crm::ListExport</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>crm::MapReader</name>
    <message>
        <source>must be text</source>
        <translation>テキストである必要があります</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>テキストのリストである必要があります</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付である必要があります</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known</source>
        <translation>YYYY-MM-DD 形式の日付（月または年しか分からない場合は YYYY-MM または YYYY）である必要があります</translation>
    </message>
    <message>
        <source>must be a date and time with a UTC offset, like 2024-05-10T10:00:00+09:00</source>
        <translation>UTC オフセット付きの日時（例：2024-05-10T10:00:00+09:00）である必要があります</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>must be a whole number written without quotes (5, not &quot;5&quot;)</source>
        <translation>引用符なしの整数である必要があります（&quot;5&quot; ではなく 5）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>オブジェクトのリストである必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>不明な項目です</translation>
    </message>
</context>
<context>
    <name>crm::Merges</name>
    <message>
        <source>%1 is a %2, not a %3: only records of one kind can be merged.</source>
        <translation>%1 は %3 ではなく %2 です。統合できるのは同じ種類のレコードだけです。</translation>
    </message>
    <message>
        <source>The %1 %2 was already merged into %3.</source>
        <translation>%1 %2 は既に %3 に統合されています。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>ID が %2 の %1 はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is in the Trash; restore it before merging.</source>
        <translation>「%1」（%2）はごみ箱にあります。統合する前に復元してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed elsewhere since you looked at it; look at it again before merging.</source>
        <translation>「%1」は表示した後に別の場所で変更されました。統合する前にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Choose the %1 to keep.</source>
        <translation>残す %1 を選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one other %1 to merge into %2.</source>
        <translation>%2 に統合する別の %1 を1件以上選んでください。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged with itself.</source>
        <translation>%1 %2 をそれ自身と統合することはできません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the officer making this change and cannot be merged away; keep it instead.</source>
        <translation>「%1」はこの変更を行っている担当官のため、統合して消すことはできません。こちらを残してください。</translation>
    </message>
    <message>
        <source>%1: %2 is listed in more than one record; kept once.</source>
        <translation>%1：%2 が複数のレコードにあります。1つだけ残します。</translation>
    </message>
    <message>
        <source>%1 must be unique: the kept record keeps &quot;%2&quot;; &quot;%3&quot; goes with the merged record.</source>
        <translation>%1 は一意である必要があります。残すレコードは「%2」を保持し、「%3」は統合元のレコードに残ります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would link to itself in %2: cleared.</source>
        <translation>「%1」が %2 で自分自身にリンクすることになるため、空にしました。</translation>
    </message>
    <message>
        <source>Names of the merged records become aliases: %1.</source>
        <translation>統合するレコードの名前は別名になります：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 twice in %3: kept once.</source>
        <translation>「%1」の %3 に %2 が2回含まれるため、1つだけ残します。</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>%1 の項目ではありません</translation>
    </message>
    <message>
        <source>The links of &quot;%1&quot; could not be moved to &quot;%2&quot;, so nothing was merged: %3</source>
        <translation>「%1」のリンクを「%2」に移せなかったため、何も統合していません：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot take the merged values, so nothing was merged: %2</source>
        <translation>「%1」に統合後の値を設定できないため、何も統合していません：%2</translation>
    </message>
    <message>
        <source>The %1 %2 the records were merged into is gone; the merge cannot be undone.</source>
        <translation>統合先の %1 %2 がなくなっているため、統合を元に戻せません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since the merge; undoing the merge would lose that change, so nothing was undone.</source>
        <translation>「%1」は統合後に変更されています。統合を元に戻すとその変更が失われるため、何も元に戻していません。</translation>
    </message>
    <message>
        <source>The %1 %2 is no longer merged into &quot;%3&quot;; nothing was undone.</source>
        <translation>%1 %2 はもう「%3」に統合されていないため、何も元に戻していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, whose links the merge moved, changed since; undoing the merge would lose that change, so nothing was undone.</source>
        <translation>統合でリンクを移した「%1」がその後変更されています。統合を元に戻すとその変更が失われるため、何も元に戻していません。</translation>
    </message>
</context>
<context>
    <name>crm::Officer</name>
    <message>
        <source>must be 1 to 5 letters</source>
        <translation>1～5文字の英字である必要があります</translation>
    </message>
</context>
<context>
    <name>crm::PersonName</name>
    <message>
        <source>must be family_first or given_first</source>
        <translation>family_first または given_first である必要があります</translation>
    </message>
    <message>
        <source>is required (a family name or a given name)</source>
        <translation>必須です（姓または名）</translation>
    </message>
</context>
<context>
    <name>crm::Pipeline</name>
    <message>
        <source>The date is before the deal was recorded (%1).</source>
        <translation>日付が案件の登録日（%1）より前です。</translation>
    </message>
    <message>
        <source>The date is after today (%1).</source>
        <translation>日付が今日（%1）より後です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage</source>
        <translation>「%1」は案件の段階ではありません</translation>
    </message>
    <message>
        <source>is already %1</source>
        <translation>既に %1 です</translation>
    </message>
    <message>
        <source>is required when a deal is lost</source>
        <translation>案件が不成立の場合に必須です</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must not be before the previous stage change (%1)</source>
        <translation>前回の段階変更（%1）より前の日付にはできません</translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReport</name>
    <message>
        <source>must be a year between 1950 and 2100</source>
        <translation>1950～2100 の年である必要があります</translation>
    </message>
    <message>
        <source>must not be before the first year</source>
        <translation>開始年より前にはできません</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>ISO 3166 の国コードではありません</translation>
    </message>
    <message>
        <source>A deal credited to several delegates or missions counts once in the totals and in each country and sector line, and once for each delegate or mission in the per-delegate and per-mission tables, so those tables add up to more than the totals.</source>
        <translation>複数のデリゲートまたはミッションの貢献がある案件は、合計と国別・業種別の各行では1件として、デリゲート別・ミッション別の表ではデリゲートまたはミッションごとに1件として数えます。そのため、これらの表の合計は全体の合計を上回ります。</translation>
    </message>
    <message>
        <source>Impact: for each deal, the latest announced and the latest realised figure dated within the period (figures are cumulative); planned figures and lost deals add nothing. Capex is converted with the officers&apos; yearly average rate of the figure&apos;s year; an amount whose rate is missing is shown unconverted in its own currency.</source>
        <translation>成果：案件ごとに、期間内の日付を持つ最新の発表値と最新の実績値を使います（数値は累計です）。計画値と不成立の案件は加算しません。設備投資額は、数値の年について担当官が登録した年平均レートで換算します。レートがない金額は、換算せずに元の通貨で表示します。</translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReportExport</name>
    <message>
        <source>+ %1 not converted</source>
        <translation>+ %1（未換算）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Jobs announced</source>
        <translation>雇用（発表）</translation>
    </message>
    <message>
        <source>Jobs realised</source>
        <translation>雇用（実績）</translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation>設備投資額（発表、%1）</translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation>設備投資額（実績、%1）</translation>
    </message>
    <message>
        <source>(%1 lost)</source>
        <translation>（不成立 %1 件）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Programme report %1</source>
        <translation>プログラム報告書 %1</translation>
    </message>
    <message>
        <source>UNIDO ITPO Japan, Delegates Programme · amounts in %1</source>
        <translation>UNIDO ITPO Japan デリゲート・プログラム · 金額の単位：%1</translation>
    </message>
    <message>
        <source>Nothing was recorded for this period: no delegate hosted, no meeting, no mission and no deal.</source>
        <translation>この期間の記録はありません（受け入れたデリゲート、面談、ミッション、案件のいずれもありません）。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) hosted</source>
        <translation>
            <numerusform>受け入れたデリゲート %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>実施した面談 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation>
            <numerusform>ミッション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>案件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing exchange rates:</source>
        <translation>不足している為替レート：</translation>
    </message>
    <message>
        <source>The amounts that need them are shown unconverted.</source>
        <translation>これらのレートが必要な金額は換算せずに表示しています。</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>全案件</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>段階別の案件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>By host country</source>
        <translation>投資先国別</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>業種別</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>By delegate</source>
        <translation>デリゲート別</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>ミッション別</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Delegates hosted</source>
        <translation>受け入れたデリゲート</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>招へい滞在</translation>
    </message>
    <message>
        <source>Meetings by investor sector</source>
        <translation>企業の業種別の面談</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
</context>
<context>
    <name>crm::RateStore</name>
    <message>
        <source>USD is the base of the rates (always 1 per US dollar)</source>
        <translation>USD はレートの基準通貨です（常に 1 米ドルあたり 1）</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>ISO 4217 の通貨コードではありません</translation>
    </message>
    <message>
        <source>must be between 1950 and 2100</source>
        <translation>1950～2100 の範囲である必要があります</translation>
    </message>
    <message>
        <source>must be a positive number with at most 8 decimals</source>
        <translation>小数点以下 8 桁までの正の数である必要があります</translation>
    </message>
    <message>
        <source>There is no %1 rate for %2.</source>
        <translation>%2 年の %1 のレートはありません。</translation>
    </message>
</context>
<context>
    <name>crm::RecordQuery</name>
    <message>
        <source>is not a field of %1</source>
        <translation>%1 の項目ではありません</translation>
    </message>
</context>
<context>
    <name>crm::RecordStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid, unique element id</source>
        <translation>「%1」は有効で一意な要素 ID ではありません</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>ID が %2 の %1 はありません</translation>
    </message>
    <message>
        <source>the %1 %2 is in the Trash</source>
        <translation>%1 %2 はごみ箱にあります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of an element of another %2</source>
        <translation>「%1」は既に別の %2 の要素の ID です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation>「%1」は既に別の %2 で使われています</translation>
    </message>
    <message>
        <source>Only records in the Trash can be purged; move this %1 to the Trash first.</source>
        <translation>完全に削除できるのはごみ箱にあるレコードだけです。先にこの %1 をごみ箱に移してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 record(s)</source>
        <translation>
            <numerusform>%1 レコード %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 cannot be purged: %2 still refer to it. Purge or change them first.</source>
        <translation>この %1 は完全に削除できません：%2 がまだ参照しています。先にそれらを完全に削除するか、変更してください。</translation>
    </message>
    <message>
        <source>The package gives %1 &quot;%2&quot; to &quot;%3&quot;, but &quot;%4&quot; here already has it. Change it on one side and export again; nothing was imported.</source>
        <translation>パッケージは「%3」の %1 を「%2」にしていますが、こちらでは「%4」が既にその値を持っています。どちらか一方で変更してから、もう一度エクスポートしてください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged into itself.</source>
        <translation>%1 %2 をそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot come back from a merge: a record with its id exists.</source>
        <translation>%1 %2 は統合から戻せません：同じ ID のレコードが存在します。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>ID が %2 の %1 はありません。</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>%1 の項目ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id (a UUID)</source>
        <translation>「%1」は有効なレコード ID（UUID）ではありません</translation>
    </message>
    <message>
        <source>a %1 with this id already exists</source>
        <translation>この ID の %1 は既に存在します</translation>
    </message>
    <message>
        <source>This %1 is in the Trash; restore it before editing.</source>
        <translation>この %1 はごみ箱にあります。編集する前に復元してください。</translation>
    </message>
    <message>
        <source>%1 takes part in sync, but it was opened without its sync log, so this change would never reach the other copies. Nothing was saved; open the file with Delegates CRM or its command-line tool.</source>
        <translation>%1 は同期の対象ですが、同期ログなしで開かれているため、この変更は他のコピーに届きません。何も保存していません。Delegates CRM またはそのコマンドライン ツールでファイルを開いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2</source>
        <translation>「%1」は %2 の項目ではありません</translation>
    </message>
</context>
<context>
    <name>crm::ReplicaPreparer</name>
    <message>
        <source>there is no mission with id %1</source>
        <translation>ID が %1 のミッションはありません</translation>
    </message>
    <message>
        <source>there is no delegate with id %1</source>
        <translation>ID が %1 のデリゲートはありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code like MA</source>
        <translation>「%1」は国コード（MA など）ではありません</translation>
    </message>
    <message>
        <source>The chosen records refer to a %1 outside the choice; the laptop copy was not written.</source>
        <translation>選んだレコードが選択範囲外の %1 を参照しているため、ノートPC用のコピーを書き込んでいません。</translation>
    </message>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation>1～200文字である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a replica</source>
        <translation>「%1」は既にレプリカの名前として使われています</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 は既に存在します。新しいファイルを選んでください</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>crm::SampleData</name>
    <message>
        <source>The sample dataset is only loaded into an empty database; %1 already holds records.</source>
        <translation>サンプル データは空のデータベースにしか読み込めません。%1 には既にレコードがあります。</translation>
    </message>
</context>
<context>
    <name>crm::StrictJson</name>
    <message>
        <source>no JSON value</source>
        <translation>JSON の値がありません</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>JSON の値の終わりの後に予期しない %1 があります</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>テキストの終わり</translation>
    </message>
    <message>
        <source>unexpected %1 where %2 was expected</source>
        <translation>%2 があるべき位置に予期しない %1 があります</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>値があるべき位置でテキストが終わっています</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>値があるべき位置に予期しない %1 があります</translation>
    </message>
    <message>
        <source>unexpected %1 where a field name in double quotes was expected</source>
        <translation>二重引用符で囲んだ項目名があるべき位置に予期しない %1 があります</translation>
    </message>
    <message>
        <source>given twice in one object (first at line %1, column %2)</source>
        <translation>1つのオブジェクト内で2回指定されています（最初は %1 行 %2 列）</translation>
    </message>
    <message>
        <source>or</source>
        <translation>または</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (JSON knows true, false and null, in lower case)</source>
        <translation>不明な語 &quot;%1&quot; です（JSON で使えるのは小文字の true、false、null です）</translation>
    </message>
    <message>
        <source>invalid number %1 (JSON numbers are written like 12, -3.5 or 1.5e3)</source>
        <translation>無効な数値 %1 です（JSON の数値は 12、-3.5、1.5e3 のように書きます）</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>数値 %1 は範囲外です</translation>
    </message>
    <message>
        <source>the text ends inside a string (a closing &quot; is missing)</source>
        <translation>文字列の途中でテキストが終わっています（閉じる &quot; がありません）</translation>
    </message>
    <message>
        <source>raw control character %1 inside a string; write it as %2</source>
        <translation>文字列内に制御文字 %1 がそのまま含まれています。%2 と書いてください</translation>
    </message>
    <message>
        <source>(in a field name)</source>
        <translation>（項目名内）</translation>
    </message>
    <message>
        <source>invalid escape %1 (JSON allows \&quot; \\ \/ \b \f \n \r \t and \uXXXX)</source>
        <translation>無効なエスケープ %1 です（JSON で使えるのは \&quot; \\ \/ \b \f \n \r \t と \uXXXX です）</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without its first half</source>
        <translation>\u%1 はサロゲート ペアの後半ですが、前半がありません</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair without its second half</source>
        <translation>\u%1 はサロゲート ペアの前半ですが、後半がありません</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u の後には 16 進数 4 桁が必要です</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>無効な UTF-8 です（バイト 0x%1）</translation>
    </message>
    <message>
        <source>a surrogate (%1) written as UTF-8 is not a character</source>
        <translation>UTF-8 で書かれたサロゲート（%1）は文字ではありません</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the text ends inside a character)</source>
        <translation>無効な UTF-8 です（文字の途中でテキストが終わっています）</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte offset %4)</source>
        <translation>%2 行 %3 列（バイト オフセット %4）：%1</translation>
    </message>
    <message>
        <source>%1: %2 at line %3, column %4 (byte offset %5)</source>
        <translation>%1：%3 行 %4 列（バイト オフセット %5）：%2</translation>
    </message>
</context>
<context>
    <name>crm::SyncFields</name>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>テキストである必要があります</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>is not a single value</source>
        <translation>単一の値ではありません</translation>
    </message>
    <message>
        <source>must be a list element with a position</source>
        <translation>位置を持つリスト要素である必要があります</translation>
    </message>
    <message>
        <source>must hold text</source>
        <translation>テキストを含む必要があります</translation>
    </message>
    <message>
        <source>must have a row id (a lowercase UUID)</source>
        <translation>行 ID（小文字の UUID）が必要です</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>不明な項目「%1」があります</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>%1 の項目ではありません</translation>
    </message>
    <message>
        <source>must be a record id (a lowercase UUID) or null</source>
        <translation>レコード ID（小文字の UUID）または null である必要があります</translation>
    </message>
</context>
<context>
    <name>crm::SyncMerger</name>
    <message>
        <source>is not a sync clock reading of the change&apos;s replica</source>
        <translation>変更元レプリカの同期クロックの値ではありません</translation>
    </message>
    <message>
        <source>is not a record kind this version knows</source>
        <translation>このバージョンが認識しないレコード種別です</translation>
    </message>
    <message>
        <source>The package holds a change this database cannot take (%1: %2); nothing was imported.</source>
        <translation>パッケージに、このデータベースが受け入れられない変更が含まれています（%1：%2）。何もインポートしていません。</translation>
    </message>
    <message>
        <source>The package&apos;s change %1 reuses the number of change %2 of the same replica: the package was altered or its replica copied by hand. Nothing was imported.</source>
        <translation>パッケージの変更 %1 は、同じレプリカの変更 %2 の番号を再利用しています。パッケージが改変されたか、レプリカが手作業でコピーされています。何もインポートしていません。</translation>
    </message>
</context>
<context>
    <name>crm::SyncPackage</name>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be create, update, delete or restore, not &quot;%1&quot;</source>
        <translation>create、update、delete、restore のいずれかである必要があります（「%1」は無効です）</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <source>%1 holds invalid changes:</source>
        <translation>%1 に無効な変更が含まれています：</translation>
    </message>
    <message>
        <source>must be a change id of at most %1 printable characters</source>
        <translation>%1 文字以内の印字可能文字からなる変更 ID である必要があります</translation>
    </message>
    <message>
        <source>must be a lowercase UUID</source>
        <translation>小文字の UUID である必要があります</translation>
    </message>
    <message>
        <source>must be a record kind name</source>
        <translation>レコード種別名である必要があります</translation>
    </message>
    <message>
        <source>has a field name that is empty or longer than %1 characters</source>
        <translation>空または %1 文字を超える項目名があります</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>1 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>must map field names to lists of change ids</source>
        <translation>項目名と変更 ID のリストの対応である必要があります</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON (%2).</source>
        <translation>%1 は破損しています：変更部分が有効な JSON ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON.</source>
        <translation>%1 は破損しています：変更部分が有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストである必要があります</translation>
    </message>
    <message>
        <source>names an unknown cipher</source>
        <translation>不明な暗号方式を指定しています</translation>
    </message>
    <message>
        <source>names an unknown key derivation</source>
        <translation>不明な鍵導出方式を指定しています</translation>
    </message>
    <message>
        <source>has settings this version does not accept</source>
        <translation>このバージョンでは受け付けない設定があります</translation>
    </message>
    <message>
        <source>must be empty in a package without changes</source>
        <translation>変更を含まないパッケージでは空である必要があります</translation>
    </message>
    <message>
        <source>must be a change id</source>
        <translation>変更 ID である必要があります</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>1 以上である必要があります</translation>
    </message>
    <message>
        <source>must hold a signature</source>
        <translation>署名を含む必要があります</translation>
    </message>
    <message>
        <source>must map replica ids to sequence numbers</source>
        <translation>レプリカ ID と連番の対応である必要があります</translation>
    </message>
    <message>
        <source>must be a UTC date and time (ISO 8601)</source>
        <translation>UTC の日時（ISO 8601）である必要があります</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid JSON (%2).</source>
        <translation>%1 は破損しています：ヘッダーが有効な JSON ではありません（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not a JSON object.</source>
        <translation>%1 は破損しています：ヘッダーが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>must be absent from a package that is not encrypted</source>
        <translation>暗号化されていないパッケージには含まれていてはなりません</translation>
    </message>
    <message>
        <source>%1 has an invalid header:</source>
        <translation>%1 のヘッダーが無効です：</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>テキストである必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1～%2 の整数である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be Base64</source>
        <translation>Base64 である必要があります</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>The sync package cannot be written:</source>
        <translation>同期パッケージを書き込めません：</translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (%2, version %3).</source>
        <translation>%1 は不明な同期パッケージ形式（%2、バージョン %3）です。</translation>
    </message>
    <message>
        <source>%1 comes from a database with a newer schema (version %2; this version of Delegates CRM knows up to version %3). Update Delegates CRM on this computer before importing it.</source>
        <translation>%1 は新しいスキーマ（バージョン %2）のデータベースから作成されています（この Delegates CRM が扱えるのはバージョン %3 までです）。インポートする前に、このコンピューターの Delegates CRM を更新してください。</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, sent by %3), not to this one. A package can only be imported into a copy of the database it was exported from.</source>
        <translation>%1 はこのデータベースではなく、別のデータベース（%2、送信元 %3）のものです。パッケージは、エクスポート元のデータベースのコピーにしかインポートできません。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the passphrase it was exported with.</source>
        <translation>%1 は暗号化されています。エクスポート時のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open %1.</source>
        <translation>パスフレーズが違います：%1 を開けません。</translation>
    </message>
    <message>
        <source>%1 was altered after it was exported: its contents fail authentication.</source>
        <translation>%1 はエクスポート後に改変されています：内容の認証に失敗しました。</translation>
    </message>
    <message>
        <source>%1 is inconsistent: its header announces %2 changes (%3 to %4) but it holds %5 (%6 to %7).</source>
        <translation>%1 は整合していません：ヘッダーでは変更 %2 件（%3～%4）となっていますが、実際には %5 件（%6～%7）です。</translation>
    </message>
    <message>
        <source>The %1 changes are too many for one sync package; export them in parts.</source>
        <translation>%1 件の変更は1つの同期パッケージには多すぎます。分けてエクスポートしてください。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>暗号化ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>The package&apos;s encryption settings are invalid.</source>
        <translation>パッケージの暗号化設定が無効です。</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>パスフレーズから鍵を導出するためのメモリが不足しています。</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends after %2 of its %3 bytes. Copy the package again from the computer that exported it.</source>
        <translation>%1 は不完全です：%3 バイト中 %2 バイトでファイルが終わっています。エクスポートしたコンピューターからパッケージをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing arrived through %1 for %n second(s): no program is writing a sync package into it.</source>
        <translation>
            <numerusform>%n 秒間、%1 から何も届いていません。同期パッケージを書き込んでいるプログラムがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than any sync package can be.</source>
        <translation>%1 は同期パッケージとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>%1 を読み込めません：ファイルが存在しません。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>%1 を読み込めません：フォルダーです。</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM sync package.</source>
        <translation>%1 は Delegates CRM の同期パッケージではありません。</translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (version 0).</source>
        <translation>%1 は不明な同期パッケージ形式（バージョン 0）です。</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (package format %2), whose packages were not signed and could be altered on the way. Update Delegates CRM on the computer that exported it and export again.</source>
        <translation>%1 は古いバージョンの Delegates CRM（パッケージ形式 %2）で作成されています。この形式のパッケージは署名されておらず、途中で改変されるおそれがあります。エクスポートしたコンピューターの Delegates CRM を更新して、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (package format %2; this version reads format %3). Update Delegates CRM on this computer to import it.</source>
        <translation>%1 は新しいバージョンの Delegates CRM で作成されています（パッケージ形式 %2。このバージョンが読めるのは形式 %3 です）。インポートするには、このコンピューターの Delegates CRM を更新してください。</translation>
    </message>
    <message>
        <source>%1 is damaged: it announces a header of %2 bytes, which no sync package has.</source>
        <translation>%1 は破損しています：ヘッダーのサイズが %2 バイトとなっていますが、そのような同期パッケージはありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: it announces contents of %2 bytes, more than a sync package holds.</source>
        <translation>%1 は破損しています：内容のサイズが %2 バイトとなっており、同期パッケージの上限を超えています。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has %2 bytes after the end of the package.</source>
        <translation>%1 は破損しています：パッケージの末尾の後に %2 バイトあります。</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered: its signature does not match its contents.</source>
        <translation>%1 は破損しているか改変されています：署名が内容と一致しません。</translation>
    </message>
    <message>
        <source>This database&apos;s sync signing key is damaged; prepare this replica again from the office database.</source>
        <translation>このデータベースの同期用署名鍵が破損しています。事務所のデータベースからこのレプリカをもう一度準備してください。</translation>
    </message>
</context>
<context>
    <name>crm::SyncStore</name>
    <message>
        <source>The sync data in this database is damaged: %1. Run check, or restore a backup.</source>
        <translation>このデータベースの同期データが破損しています：%1。check を実行するか、バックアップを復元してください。</translation>
    </message>
</context>
<context>
    <name>crm::Synchronizer</name>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation>1～200文字である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the peer %2 (&quot;%3&quot;): choose another name</source>
        <translation>「%1」は既に同期相手 %2（「%3」）の名前です。別の名前を選んでください</translation>
    </message>
    <message>
        <source>Several peers are named &quot;%1&quot;: %2. Give the replica id of the one you mean.</source>
        <translation>「%1」という名前の同期相手が複数あります：%2。どれを指すのか、レプリカ ID で指定してください。</translation>
    </message>
    <message>
        <source>This database has no peers yet: prepare a mission laptop from it, or import a package from one, first.</source>
        <translation>このデータベースにはまだ同期相手がありません。先にこのデータベースからミッション用ノートPCを準備するか、ノートPCからのパッケージをインポートしてください。</translation>
    </message>
    <message>
        <source>There is no peer &quot;%1&quot;. Known peers: %2.</source>
        <translation>同期相手「%1」はありません。既知の同期相手：%2。</translation>
    </message>
    <message>
        <source>is not a replica key: it is 44 characters of letters, digits, + and /, ending with =</source>
        <translation>レプリカ鍵ではありません。レプリカ鍵は英字、数字、+、/ からなる 44 文字で、= で終わります</translation>
    </message>
    <message>
        <source>This replica already holds another key for &quot;%1&quot;. A replica&apos;s key never changes: if that replica was set up again, prepare it again from here.</source>
        <translation>このレプリカは「%1」について既に別の鍵を保持しています。レプリカの鍵は変わりません。そのレプリカを設定し直した場合は、ここからもう一度準備してください。</translation>
    </message>
    <message>
        <source>This package comes from another database (%1), not from a replica of this one; nothing was imported.</source>
        <translation>このパッケージは、このデータベースのレプリカではなく別のデータベース（%1）から来たものです。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package was written by a newer version of Delegates CRM (schema %1); update this one first. Nothing was imported.</source>
        <translation>このパッケージは新しいバージョンの Delegates CRM（スキーマ %1）で作成されています。先にこちらを更新してください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package was written by this very replica (or by a copy of its file made by hand, which cannot sync: prepare mission laptops with Prepare Mission Laptop). Nothing was imported.</source>
        <translation>このパッケージは、このレプリカ自身（または手作業でコピーしたそのファイル。これは同期できません。ミッション用ノートPCは「ミッション用ノートPCを準備」で用意してください）が作成したものです。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package says it comes from %1 but is not signed with its key: it was forged or altered. Nothing was imported.</source>
        <translation>このパッケージは %1 から来たとしていますが、その鍵で署名されていません。偽造または改変されています。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package comes from %1, which this replica has not met, and was prepared by %2, which this replica holds no key for. Exchange packages through the replica that prepared it. Nothing was imported.</source>
        <translation>このパッケージの送信元 %1 は、このレプリカにとって初めての相手です。また、その準備元の %2 の鍵もこのレプリカにはありません。準備元のレプリカを介してパッケージをやり取りしてください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package comes from %1, whose key was not given to it by %2: it was forged. Nothing was imported.</source>
        <translation>このパッケージの送信元 %1 の鍵は、%2 から渡されたものではありません。偽造されたパッケージです。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This replica holds no key for %1: it was prepared by an older version of Delegates CRM, before packages were signed. Prepare it again from this database, or have its officer read out its key (delegates-crm-cli replica key) and enter it here (delegates-crm-cli sync trust NAME KEY). Nothing was imported.</source>
        <translation>このレプリカには %1 の鍵がありません。パッケージに署名するようになる前の古いバージョンの Delegates CRM で準備されたレプリカです。このデータベースからもう一度準備するか、その担当官に鍵を読み上げてもらい（delegates-crm-cli replica key）、ここで入力してください（delegates-crm-cli sync trust NAME KEY）。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package from %1 is addressed to no replica, so it cannot be imported into this one, %2. Nothing was imported.</source>
        <translation>%1 からのこのパッケージには宛先のレプリカがないため、このレプリカ（%2）にはインポートできません。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package from %1 is addressed to %2, not to this replica, %3. Import it there. Nothing was imported.</source>
        <translation>%1 からのこのパッケージの宛先は %2 で、このレプリカ（%3）ではありません。宛先のレプリカでインポートしてください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, like another peer of this replica (%3). Rename one of them and export again. Nothing was imported.</source>
        <translation>このパッケージの送信元（%1）の名前「%2」は、このレプリカの別の同期相手（%3）と同じです。どちらかの名前を変更して、もう一度エクスポートしてください。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, the name of this replica. Rename one of them (delegates-crm-cli replica name --set) and export again. Nothing was imported.</source>
        <translation>このパッケージの送信元（%1）の名前「%2」は、このレプリカの名前と同じです。どちらかの名前を変更して（delegates-crm-cli replica name --set）、もう一度エクスポートしてください。何もインポートしていません。</translation>
    </message>
</context>
<context>
    <name>crm::Timeline</name>
    <message>
        <source>Programme stay</source>
        <translation>招へい滞在</translation>
    </message>
    <message>
        <source>Career position</source>
        <translation>職歴</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>案件の段階</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>フォローアップ期限</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>フォローアップ完了</translation>
    </message>
    <message>
        <source>Contact joined</source>
        <translation>担当者の着任</translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation>担当者の退任</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 着任</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 退任</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>investor name (its Latin-script name)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>crm::TimelineExport</name>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation>%1～</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>↩ setback</source>
        <translation>↩ 後退</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>years, months</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>出来事 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>印刷日：%1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>出来事はありません。</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>タイムライン：%1</translation>
    </message>
</context>
<context>
    <name>crm::Validator</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>長すぎます（最大 %1 文字）</translation>
    </message>
    <message>
        <source>is required (an ISO 3166 country code such as MA or JP)</source>
        <translation>必須です（MA、JP などの ISO 3166 国コード）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (such as MA or JP)</source>
        <translation>「%1」は ISO 3166 の国コード（MA、JP など）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as USD or JPY)</source>
        <translation>「%1」は ISO 4217 の通貨コード（USD、JPY など）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector (one of %2)</source>
        <translation>「%1」は業種ではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>「%1」は有効なメールアドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address starting with http:// or https://</source>
        <translation>「%1」は http:// または https:// で始まるウェブアドレスではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id</source>
        <translation>「%1」はレコード ID ではありません</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>必須です（%1 のいずれか）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>must not be before the start (%1)</source>
        <translation>開始（%1）より前にはできません</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値にはできません</translation>
    </message>
</context>
<context>
    <name>crm::catalogue::FieldCodec</name>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation>「%1」は %2 の金額ではありません（小数点以下 %3 桁まで）</translation>
    </message>
    <message>
        <source>is required for a money figure (%1)</source>
        <translation>金額の数値では必須です（%1）</translation>
    </message>
    <message>
        <source>must be empty: %1 is a count, not money</source>
        <translation>空である必要があります（%1 は金額ではなく数量です）</translation>
    </message>
    <message>
        <source>is required (the record this is about)</source>
        <translation>必須です（対象のレコード）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record kind</source>
        <translation>「%1」はレコード種別ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (such as Asia/Tokyo)</source>
        <translation>「%1」はタイムゾーン（Asia/Tokyo など）ではありません</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1～%2 である必要があります</translation>
    </message>
</context>
<context>
    <name>crm::cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2</source>
        <translation>%2 には --%1 というオプションはありません</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>不明なオプション --%1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>オプション --%1 は値を取りません</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for %2</source>
        <translation>%2 に対する予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs an action</source>
        <translation>%1 には操作の指定が必要です</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <source>%1 needs the option --%2</source>
        <translation>%1 にはオプション --%2 が必要です</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use one of %2</source>
        <extracomment>%1 is what was given, %2 the languages there are (&quot;en, ja, fr&quot;)</extracomment>
        <translation>--lang の言語「%1」は使えません。次のいずれかを指定してください：%2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BackupCommands</name>
    <message>
        <source>restoring: %1%</source>
        <translation>復元中：%1%</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%2 から %1 を復元しました。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>置き換えられたファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>backing up: %1%</source>
        <translation>バックアップ中：%1%</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 を %2 にバックアップしました。</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>%2 に %1 のバックアップはありません。</translation>
    </message>
    <message>
        <source>restore %1 needs the ID of the record to bring back from the Trash</source>
        <translation>restore %1 には、ごみ箱から復元するレコードの ID が必要です</translation>
    </message>
</context>
<context>
    <name>crm::cli::BriefingCommand</name>
    <message>
        <source>briefing needs exactly one of --meeting, --investor, --delegate or --mission</source>
        <translation>briefing には --meeting、--investor、--delegate、--mission のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang には %1 のいずれかを指定してください（&quot;%2&quot; は無効です）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>crm::cli::DatabaseCommands</name>
    <message>
        <source>generating: %1% (%2 of %3 records)</source>
        <translation>生成中：%1%（%3 件中 %2 件）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>upgraded from %1</source>
        <translation>%1 からアップグレード</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>schema version: %1 (%2)</source>
        <translation>スキーマ バージョン：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%1 に %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s) into %1.</source>
        <translation>
            <numerusform>%1 にサンプル レコードを %n 件読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate only fills an empty database; %1 already holds %n record(s).</source>
        <translation>
            <numerusform>generate は空のデータベースにしか使えません。%1 には既に %n 件のレコードがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated a dataset of scale %1 (seed %2) into %3.</source>
        <translation>%3 に規模 %1（シード %2）のデータセットを生成しました。</translation>
    </message>
</context>
<context>
    <name>crm::cli::DuplicatesCommand</name>
    <message>
        <source>duplicates are looked for among %1 only, not %2</source>
        <translation>重複を探せるのは %1 だけです（%2 は対象外です）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Group %1, score %2: %3</source>
        <translation>グループ %1、スコア %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>重複の可能性があるグループ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>export writes one file: give one of --csv FILE, --xlsx FILE and --vcard FILE</source>
        <translation>export が書き出すファイルは 1 つです。--csv FILE、--xlsx FILE、--vcard FILE のいずれか 1 つを指定してください</translation>
    </message>
    <message>
        <source>--vcard-version must be 3 or 4, not &quot;%1&quot;</source>
        <translation>--vcard-version には 3 または 4 を指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation>--%1 には YYYY-MM-DD、YYYY-MM、YYYY のいずれかの形式で日付を指定してください（&quot;%2&quot; は無効です）</translation>
    </message>
    <message>
        <source>--sort: %1 has no field &quot;%2&quot;</source>
        <translation>--sort: %1 に項目 &quot;%2&quot; はありません</translation>
    </message>
    <message>
        <source>--vcard writes contacts and delegates only, not %1</source>
        <translation>--vcard で書き出せるのは担当者とデリゲートだけです（%1 は書き出せません）</translation>
    </message>
    <message>
        <source>--vcard-version goes with --vcard</source>
        <translation>--vcard-version は --vcard と一緒に指定してください</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 が --to %2 より後です</translation>
    </message>
    <message>
        <source>--officer: there is no officer with the initials %1</source>
        <translation>--officer: イニシャルが %1 の担当官はいません</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--on-duplicate must be skip, update or create, not &quot;%1&quot;</source>
        <translation>--on-duplicate には skip、update、create のいずれかを指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
    <message>
        <source>give --day-first or --month-first, not both</source>
        <translation>--day-first と --month-first はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>the mapping names a column &quot;%1&quot; that the file does not have</source>
        <translation>対応付けで指定された列 &quot;%1&quot; がファイルにありません</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not in the mapping and is skipped</source>
        <translation>列 &quot;%1&quot; は対応付けにないため、スキップします</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>%1 行目（%2）：%3</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation>%1 行目、列「%2」（%3）：%4</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 を読み込めません：ファイルがありません</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message numerus="yes">
        <source>delegates-crm-cli: %n row(s) refused; nothing was written (--skip-refused leaves them out)</source>
        <translation>
            <numerusform>delegates-crm-cli: %n 行が拒否されたため、何も書き込んでいません（--skip-refused を指定すると、それらの行を除いて書き込みます）</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 をインポート中</translation>
    </message>
</context>
<context>
    <name>crm::cli::JsonIo</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1 is empty; a JSON object ({...}) was expected</source>
        <translation>%1 が空です。JSON オブジェクト（{...}）が必要です</translation>
    </message>
    <message>
        <source>%1 holds a JSON array; one JSON object ({...}) was expected</source>
        <translation>%1 は JSON 配列です。JSON オブジェクト（{...}）が 1 つ必要です</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object ({...})</source>
        <translation>%1 に JSON オブジェクト（{...}）がありません</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 は有効な JSON ではありません：%2</translation>
    </message>
</context>
<context>
    <name>crm::cli::MergeCommand</name>
    <message numerus="yes">
        <source>Merged %n %1 record(s) into &quot;%2&quot; (%3):</source>
        <translation>
            <numerusform>%1 レコード %n 件を &quot;%2&quot;（%3）に統合しました：</numerusform>
        </translation>
    </message>
    <message>
        <source>Links moved: %1</source>
        <translation>移したリンク：%1</translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation>適用したルール：%1</translation>
    </message>
</context>
<context>
    <name>crm::cli::RateCommands</name>
    <message>
        <source>YEAR must be a year such as 2024, not &quot;%1&quot;</source>
        <translation>YEAR には 2024 のような年を指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
</context>
<context>
    <name>crm::cli::RecordCommands</name>
    <message>
        <source>is %1, but the record being updated is %2; ids cannot be changed</source>
        <translation>%1 ですが、更新するレコードは %2 です。ID は変更できません</translation>
    </message>
    <message>
        <source>The %1 %2 is already in the Trash.</source>
        <translation>%1 %2 は既にごみ箱にあります。</translation>
    </message>
    <message>
        <source>Moved the %1 %2 to the Trash.</source>
        <translation>%1 %2 をごみ箱に移しました。</translation>
    </message>
    <message>
        <source>The %1 %2 is not in the Trash; nothing to restore.</source>
        <translation>%1 %2 はごみ箱にないため、復元するものはありません。</translation>
    </message>
    <message>
        <source>Restored the %1 %2 from the Trash.</source>
        <translation>%1 %2 をごみ箱から復元しました。</translation>
    </message>
    <message>
        <source>Purged the %1 %2 for good.</source>
        <translation>%1 %2 を完全に削除しました。</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommand</name>
    <message>
        <source>--%1 must be a year such as 2024, not &quot;%2&quot;</source>
        <translation>--%1 には 2024 のような年を指定してください（&quot;%2&quot; は無効です）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 が --to %2 より後です</translation>
    </message>
    <message>
        <source>--json prints the report; it cannot be combined with --csv or --pdf</source>
        <translation>--json は報告書を出力するもので、--csv や --pdf とは併用できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>crm::cli::Run</name>
    <message>
        <source>Try &quot;%1 --help&quot; for more information.</source>
        <translation>詳しくは &quot;%1 --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>invalid data:</source>
        <translation>無効なデータ：</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>予期しないエラー：%1</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation>不明な --kind &quot;%1&quot;（%2 のいずれかを指定してください）</translation>
    </message>
    <message>
        <source>search needs some TEXT to look for</source>
        <translation>search には検索する TEXT が必要です</translation>
    </message>
</context>
<context>
    <name>crm::cli::Session</name>
    <message>
        <source>%1 does not exist. Create it with &quot;delegates-crm-cli init&quot;, or give another file with --db.</source>
        <translation>%1 は存在しません。&quot;delegates-crm-cli init&quot; で作成するか、--db で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>there is no officer with the initials %1 in %2 (add one with &quot;add officer&quot;)</source>
        <translation>%2 にイニシャルが %1 の担当官はいません（&quot;add officer&quot; で追加してください）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>不明な種別 &quot;%1&quot;（%2 のいずれかを指定してください）</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>%1 以上の整数</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1～%2 の整数</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation>--%1 には %2 を指定してください（&quot;%3&quot; は無効です）</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>field %1, edited on both sides:</source>
        <translation>項目 %1（双方で編集）：</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（現在の値）</translation>
    </message>
    <message>
        <source>moved to the Trash (%1) while edited elsewhere (%2)</source>
        <translation>ごみ箱に移動（%1）、別の場所で編集（%2）</translation>
    </message>
    <message>
        <source>edit: %1</source>
        <translation>編集：%1</translation>
    </message>
    <message>
        <source>--value is not one JSON value: %1 (text needs quotes: --value &apos;&quot;Rabat&quot;&apos;)</source>
        <translation>--value が 1 つの JSON 値ではありません：%1（テキストには引用符が必要です：--value &apos;&quot;Rabat&quot;&apos;）</translation>
    </message>
    <message>
        <source>the record %1 has no unresolved conflict (&quot;sync conflicts&quot; lists them)</source>
        <translation>レコード %1 に未解決の競合はありません（&quot;sync conflicts&quot; で一覧を表示できます）</translation>
    </message>
    <message>
        <source>no conflict between a delete and edits</source>
        <translation>削除と編集の競合はありません</translation>
    </message>
    <message>
        <source>no conflict on the field %1</source>
        <translation>項目 %1 の競合はありません</translation>
    </message>
    <message>
        <source>the record %1 has %2; resolve it with: %3</source>
        <translation>レコード %1 には%2。次の指定で解決してください：%3</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to %1 (the values &quot;sync conflicts&quot; lists for %2), not &quot;%3&quot;</source>
        <translation>--keep には 1～%1 の番号（&quot;sync conflicts&quot; が %2 について表示する値の番号）を指定してください（&quot;%3&quot; は無効です）</translation>
    </message>
    <message>
        <source>sync export records in the database when it sent changes to the peer (and, the first time, this replica&apos;s signing key), but %1 can only be read here: %2. Export from the database the officers work on, or copy this file to a folder you can write to and export from the copy.</source>
        <translation>sync export は、同期相手に変更を送ったことを（初回はこのレプリカの署名鍵も）データベースに記録しますが、%1 はここでは読み取り専用です：%2。担当官が作業しているデータベースからエクスポートするか、このファイルを書き込み可能なフォルダーにコピーしてから、そのコピーからエクスポートしてください。</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Conflicts to review: %1 (see &quot;delegates-crm-cli sync conflicts&quot;).</source>
        <translation>確認が必要な競合：%1 件（&quot;delegates-crm-cli sync conflicts&quot; を参照）。</translation>
    </message>
    <message>
        <source>This replica: %1 (%2)</source>
        <translation>このレプリカ：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>Sync: off (it starts when a mission laptop is prepared with &quot;replica prepare&quot;)</source>
        <translation>同期：オフ（&quot;replica prepare&quot; でミッション用ノートPCを準備すると開始します）</translation>
    </message>
    <message>
        <source>Sync: on</source>
        <translation>同期：オン</translation>
    </message>
    <message>
        <source>Unresolved conflicts: %1</source>
        <translation>未解決の競合：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>last import: %1</source>
        <translation>前回のインポート：%1</translation>
    </message>
    <message>
        <source>last export: %1</source>
        <translation>前回のエクスポート：%1</translation>
    </message>
    <message>
        <source>changes not yet acknowledged: %1</source>
        <translation>未確認の変更：%1</translation>
    </message>
    <message>
        <source>sync resolve needs one decision: --field FIELD with --keep N or --value JSON, or --restore, or --keep-deleted</source>
        <translation>sync resolve には判断を 1 つ指定してください：--field FIELD と --keep N または --value JSON、--restore、--keep-deleted のいずれか</translation>
    </message>
    <message>
        <source>sync resolve --field FIELD needs one of --keep N and --value JSON, not both</source>
        <translation>sync resolve --field FIELD には --keep N と --value JSON のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>The %1 stays in the Trash.</source>
        <translation>%1 はごみ箱に残します。</translation>
    </message>
    <message>
        <source>Restored the %1 with its edits.</source>
        <translation>%1 を編集内容とともに復元しました。</translation>
    </message>
    <message>
        <source>Resolved %1 of the %2: %3</source>
        <translation>%2 の %1 を解決しました：%3</translation>
    </message>
    <message>
        <source>Export to the other replicas to share the decision.</source>
        <translation>この判断を共有するには、他のレプリカにエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncReplicaCommands</name>
    <message>
        <source>%1 already exists; replica prepare writes a new file</source>
        <translation>%1 は既に存在します。replica prepare は新しいファイルを書き込みます</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Prepared the replica &quot;%1&quot; in %2.</source>
        <translation>%2 にレプリカ &quot;%1&quot; を準備しました。</translation>
    </message>
    <message>
        <source>--set needs a name that is not blank</source>
        <translation>--set には空でない名前を指定してください</translation>
    </message>
    <message>
        <source>This replica now accepts packages signed with that key from %1.</source>
        <translation>このレプリカは今後、その鍵で署名された %1 からのパッケージを受け入れます。</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncSupport</name>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 を読み込めません：%3</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>--%1: %2 is empty; its first line must hold the passphrase</source>
        <translation>--%1: %2 が空です。1 行目にパスフレーズを書いてください</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>timeline takes one record: give only one of --delegate, --investor and --deal</source>
        <translation>timeline の対象は 1 件のレコードです。--delegate、--investor、--deal のいずれか 1 つだけを指定してください</translation>
    </message>
    <message>
        <source>timeline needs a record: --delegate ID, --investor ID or --deal ID</source>
        <translation>timeline にはレコードの指定が必要です：--delegate ID、--investor ID、--deal ID のいずれか</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation>不明な --kind &quot;%1&quot;（%2 のいずれかを指定してください）</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation>--%1 には YYYY-MM-DD、YYYY-MM、YYYY のいずれかの形式で日付を指定してください（&quot;%2&quot; は無効です）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 が --to %2 より後です</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>--json prints the events; it cannot be combined with --csv or --pdf</source>
        <translation>--json は出来事を出力するもので、--csv や --pdf とは併用できません</translation>
    </message>
</context>
<context>
    <name>crm::cli::UpdateCommand</name>
    <message>
        <source>--%1 needs FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 には FIELD=VALUE を指定してください（&quot;%2&quot; は無効です）</translation>
    </message>
    <message>
        <source>is true or false, not &quot;%1&quot;</source>
        <translation>true または false で指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
    <message>
        <source>is a whole number, not &quot;%1&quot;</source>
        <translation>整数で指定してください（&quot;%1&quot; は無効です）</translation>
    </message>
    <message>
        <source>update --where changes the records it finds; leave out the ID &quot;%1&quot;</source>
        <translation>update --where は条件に一致したレコードを変更します。ID &quot;%1&quot; は指定しないでください</translation>
    </message>
    <message>
        <source>update KIND needs both --where FIELD=VALUE and --set FIELD=VALUE</source>
        <translation>update KIND には --where FIELD=VALUE と --set FIELD=VALUE の両方が必要です</translation>
    </message>
    <message>
        <source>update --where takes --json alone (JSON output), not a file</source>
        <translation>update --where では --json を単独で（JSON 出力として）指定し、ファイルは指定しません</translation>
    </message>
    <message>
        <source>Would change %1 of %2 matching %3 records (%4 already so).</source>
        <translation>条件に一致する %3 レコード %2 件のうち %1 件を変更します（%4 件は既にその値です）。</translation>
    </message>
    <message>
        <source>Changed %1 of %2 matching %3 records (%4 already so).</source>
        <translation>条件に一致する %3 レコード %2 件のうち %1 件を変更しました（%4 件は既にその値でした）。</translation>
    </message>
    <message>
        <source>update needs ID (or --where FIELD=VALUE --set FIELD=VALUE)</source>
        <translation>update には ID（または --where FIELD=VALUE --set FIELD=VALUE）が必要です</translation>
    </message>
    <message>
        <source>update needs the option --json FILE</source>
        <translation>update にはオプション --json FILE が必要です</translation>
    </message>
</context>
<context>
    <name>crm::cli::Usage</name>
    <message>
        <source>Usage: delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]

Works on a Delegates CRM database from the command line.

Commands:
  init                           Create the database, or upgrade it to the current schema
  check                          Check integrity, links and schema version
  demo                           Load the sample dataset into an empty database
  backup [--out FILE]            Copy the database to FILE, or into its backup folder
  backups [--json]               List the backups in the backup folder, newest first
  restore FILE                   Replace the database with a backup; the current file
                                 is kept aside as DATABASE.before-restore-TIME
  generate --scale N [--seed S]  Fill the database with a synthetic dataset of N investors
  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]
                                 List records, one per line as ID&lt;TAB&gt;TITLE
  show KIND ID [--json]          Show one record
  add KIND --json FILE|-         Add a record from a JSON object; prints its id
  update KIND ID --json FILE|-   Change the fields given in a JSON object
  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]
                                 Set one field (owner, status, sector, country,
                                 confidential) on every live record whose FIELD is
                                 VALUE, in one transaction; prints how many changed
  delete KIND ID                 Move a record to the Trash
  restore KIND ID                Bring a record back from the Trash
  purge KIND ID                  Delete a record in the Trash for good
  history KIND ID [--json]       Show who changed what, and when
  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]
                                 Merge records into the one kept: links move to it,
                                 lists are united, single values come from the kept
                                 record (or --prefer other) unless empty there
  search TEXT [--kind K[,K...]] [--limit N] [--json]
                                 Find records by any part of their names or text,
                                 best first, at most N (10) of each kind
  duplicates KIND [--json]       List likely duplicates (investor, contact, agency,
                                 delegate): groups sharing a name, alias, e-mail,
                                 phone or website, with the reason and a score
  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]
           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]
           [--csv FILE] [--pdf FILE]
                                 Show the dated story of a record, newest first, or
                                 write it as CSV or as a printable PDF
  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]
                                 The programme report for the years: delegates hosted,
                                 meetings, missions, deals by stage, jobs and capex
                                 (in USD unless --currency), by country, sector,
                                 delegate and mission
  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]
           [--templates DIR] --pdf FILE
                                 A meeting briefing, investor or delegate profile or
                                 mission booklet as a PDF, in the chosen language;
                                 a template in DIR replaces the built-in one
  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]
         [--filter TEXT] [--sort FIELD] [--desc] [--trash]
                                 Write a list as the list pane shows it (its columns,
                                 quick filter and order) to CSV or Excel, or contacts
                                 and delegates as vCards (4.0 unless --vcard-version 3)
  calendar --from DATE --to DATE --ics FILE
                                 Write the meetings and open follow-ups of the days as
                                 an iCalendar file; with --officer, only the meetings
                                 they attend and the follow-ups they own
  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]
         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]
         [--dry-run] [--skip-refused] [--json]
                                 Bring records in from CSV/TSV, Excel (.xlsx) or vCards
                                 (several .vcf files as one), as one batch: all rows or
                                 none; rows matching a record are skipped unless
                                 --on-duplicate says otherwise
  import list [--json]           List the import batches, newest first
  import revert BATCH            Take a batch back, unless its records changed since
  rate set CURRENCY YEAR RATE [--source TEXT]
                                 Set the yearly average rate: units of CURRENCY per US dollar
  rate list [--json]             List the exchange rates
  rate remove CURRENCY YEAR      Remove an exchange rate
  sync export --to PEER --out FILE [--passphrase-file F]
                                 Write the changes PEER (a replica&apos;s id or name) has not
                                 acknowledged to a package file, encrypted with a passphrase
  sync import FILE [--passphrase-file F]
                                 Merge a package from another replica of this database
  sync status [--json]           This replica, its peers, pending changes and conflicts
  sync conflicts [--json]        The conflicts waiting for a decision
  sync resolve --record ID --field FIELD --keep N|--value JSON
  sync resolve --record ID --restore|--keep-deleted
                                 Decide a conflict; export to share the decision
  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]
                                 Copy the database for a mission laptop: all of it, or the
                                 records of the missions, delegates and countries given
  replica name [--set NAME]      Show or change this replica&apos;s name
  replica key                    This replica&apos;s public signing key, to read out to a peer
  sync trust PEER KEY            Enter the key of a peer prepared by an older version

KIND is one of: %1.
FILE - reads the JSON from standard input.
K (timeline) is one of: %3.
DATE is YYYY-MM-DD, or YYYY-MM or YYYY for the whole month or year.
F (sync) is a file whose first line is the passphrase; never give it on the command line.

Options:
  --db FILE           The database file (default: %2)
  --officer INITIALS  The officer stamped on changes (default: $CRM_OFFICER;
                      without either, changes carry no officer)
  --lang LANG         The language of messages: en, ja or fr (default: the
                      system&apos;s); JSON, CSV and exit codes never change with it
  -h, --help          Show this help
  --version           Show the version

Exit codes: 0 success, 1 usage error or refused request, 2 invalid data,
3 record not found, 4 database error.
</source>
        <translation>使い方：delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]

Delegates CRM のデータベースをコマンドラインから操作します。

コマンド：
  init                           データベースを作成するか、現在のスキーマにアップグレードします
  check                          整合性、リンク、スキーマ バージョンを検査します
  demo                           空のデータベースにサンプル データを読み込みます
  backup [--out FILE]            データベースを FILE またはバックアップ フォルダーにコピーします
  backups [--json]               バックアップ フォルダー内のバックアップを新しい順に一覧表示します
  restore FILE                   データベースをバックアップで置き換えます。現在のファイルは
                                 DATABASE.before-restore-TIME として残します
  generate --scale N [--seed S]  企業 N 社分の合成データでデータベースを埋めます
  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]
                                 レコードを 1 行に 1 件、ID&lt;TAB&gt;TITLE の形で一覧表示します
  show KIND ID [--json]          レコードを 1 件表示します
  add KIND --json FILE|-         JSON オブジェクトからレコードを追加し、その ID を表示します
  update KIND ID --json FILE|-   JSON オブジェクトで指定した項目を変更します
  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]
                                 FIELD が VALUE であるごみ箱外のすべてのレコードに、1 つの
                                 項目（owner、status、sector、country、confidential）を
                                 1 回のトランザクションで設定し、変更した件数を表示します
  delete KIND ID                 レコードをごみ箱に移します
  restore KIND ID                レコードをごみ箱から復元します
  purge KIND ID                  ごみ箱内のレコードを完全に削除します
  history KIND ID [--json]       変更履歴（誰が、いつ、何を変更したか）を表示します
  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]
                                 レコードを残す 1 件に統合します。リンクはそこに移り、
                                 リストは結合されます。単一の値は、残すレコードの値が
                                 空でない限りその値（--prefer other なら他方の値）を使います
  search TEXT [--kind K[,K...]] [--limit N] [--json]
                                 名前やテキストの一部でレコードを検索します。一致度の
                                 高い順に、種類ごとに最大 N 件（既定 10 件）
  duplicates KIND [--json]       重複の可能性があるレコード（investor、contact、agency、
                                 delegate）を一覧表示します。名前、別名、メール、電話番号、
                                 ウェブサイトが共通するグループを、理由とスコア付きで示します
  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]
           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]
           [--csv FILE] [--pdf FILE]
                                 レコードのタイムラインを新しい順に表示するか、
                                 CSV または印刷用の PDF に書き出します
  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]
                                 指定した年のプログラム報告書：受け入れたデリゲート、
                                 面談、ミッション、段階別の案件、雇用と設備投資額
                                 （--currency がなければ USD）を、国別、業種別、
                                 デリゲート別、ミッション別に示します
  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]
           [--templates DIR] --pdf FILE
                                 面談ブリーフィング、企業またはデリゲートのプロフィール、
                                 ミッション資料集を、選んだ言語の PDF で作成します。
                                 DIR にあるテンプレートは組み込みのものより優先します
  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]
         [--filter TEXT] [--sort FIELD] [--desc] [--trash]
                                 一覧をリスト ペインの表示どおり（列、クイック フィルター、
                                 並び順）に CSV または Excel に書き出すか、担当者と
                                 デリゲートを vCard に書き出します（--vcard-version 3
                                 でなければ 4.0）
  calendar --from DATE --to DATE --ics FILE
                                 期間内の面談と未完了のフォローアップを iCalendar
                                 ファイルに書き出します。--officer を指定すると、その
                                 担当官が出席する面談と担当するフォローアップだけです
  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]
         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]
         [--dry-run] [--skip-refused] [--json]
                                 CSV/TSV、Excel（.xlsx）、vCard（複数の .vcf ファイルは
                                 まとめて 1 つ）からレコードを 1 つのバッチとして取り込み
                                 ます。全行を取り込むか、1 行も取り込まないかのどちらか
                                 です。既存のレコードと一致する行は、--on-duplicate で
                                 指定しない限りスキップします
  import list [--json]           インポート バッチを新しい順に一覧表示します
  import revert BATCH            バッチを取り消します（その後レコードが変更されていない場合）
  rate set CURRENCY YEAR RATE [--source TEXT]
                                 年平均レート（1 米ドルあたりの CURRENCY の額）を設定します
  rate list [--json]             為替レートを一覧表示します
  rate remove CURRENCY YEAR      為替レートを削除します
  sync export --to PEER --out FILE [--passphrase-file F]
                                 PEER（レプリカの ID または名前）が未確認の変更を、
                                 パスフレーズで暗号化したパッケージ ファイルに書き出します
  sync import FILE [--passphrase-file F]
                                 このデータベースの別のレプリカからのパッケージを取り込みます
  sync status [--json]           このレプリカ、同期相手、未確認の変更、競合を表示します
  sync conflicts [--json]        判断を待っている競合を表示します
  sync resolve --record ID --field FIELD --keep N|--value JSON
  sync resolve --record ID --restore|--keep-deleted
                                 競合を解決します。判断を共有するにはエクスポートします
  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]
                                 ミッション用ノートPC向けにデータベースをコピーします。
                                 全体、または指定したミッション、デリゲート、国のレコード
  replica name [--set NAME]      このレプリカの名前を表示または変更します
  replica key                    このレプリカの公開署名鍵（同期相手に読み上げるためのもの）
  sync trust PEER KEY            古いバージョンで準備された同期相手の鍵を登録します

KIND は次のいずれかです：%1。
FILE に - を指定すると、標準入力から JSON を読み込みます。
K（timeline）は次のいずれかです：%3。
DATE は YYYY-MM-DD、または月全体・年全体を表す YYYY-MM、YYYY です。
F（sync）は 1 行目にパスフレーズを書いたファイルです。パスフレーズはコマンドラインで指定しないでください。

オプション：
  --db FILE           データベース ファイル（既定：%2）
  --officer INITIALS  変更に記録する担当官（既定：$CRM_OFFICER。
                      どちらもなければ、変更に担当官は記録されません）
  --lang LANG         メッセージの言語：en、ja、fr（既定：システムの言語）。
                      JSON、CSV、終了コードは言語によって変わりません
  -h, --help          このヘルプを表示します
  --version           バージョンを表示します

終了コード：0 成功、1 使用法の誤りまたは要求の拒否、2 無効なデータ、
3 レコードが見つからない、4 データベース エラー。
</translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportPlanner</name>
    <message>
        <source>no %1 is named &quot;%2&quot;</source>
        <translation>「%2」という名前の %1 はありません</translation>
    </message>
    <message>
        <source>%1 %2 records are named &quot;%3&quot;: choose one in the file</source>
        <translation>「%3」という名前の %2 レコードが %1 件あります。ファイル内でどれか 1 つを指定してください</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>列「%1」：%2</translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and is not read.</source>
        <translation>%1 は %2 MB を超えているため、読み込みません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>インポートするファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a vCard file: several files are read together only when all are business cards.</source>
        <translation>%1 は vCard ファイルではありません。複数のファイルをまとめて読み込めるのは、すべてが名刺（vCard）の場合だけです。</translation>
    </message>
</context>
<context>
    <name>crm::imports::Importer</name>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>%1 行目（%2）：%3</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation>%1 行目、列「%2」（%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported; nothing was written:
%2</source>
        <translation>
            <numerusform>%1 の %n 行をインポートできないため、何も書き込んでいません：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: a note or follow-up was written since about %2, and would go with it. Nothing was changed.</source>
        <translation>%1 のインポートは取り消せません：その後 %2 についてメモまたはフォローアップが書かれており、取り消すとそれも一緒に消えてしまいます。何も変更していません。</translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: %2 names %3 since. Nothing was changed.</source>
        <translation>%1 のインポートは取り消せません：その後、%2 が %3 を参照しています。何も変更していません。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled while it was prepared; prepare it again.</source>
        <translation>%1 のインポートは準備中に取り消されました。もう一度準備してください。</translation>
    </message>
    <message>
        <source>Row %1 of %2: %3; nothing was written.</source>
        <translation>%2 の %1 行目：%3。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>インポート バッチ %1 はありません。</translation>
    </message>
    <message>
        <source>The import of %1 was already reverted on %2.</source>
        <translation>%1 のインポートは %2 に既に取り消されています。</translation>
    </message>
    <message>
        <source>The import batch %1 names an unknown kind &quot;%2&quot;.</source>
        <translation>インポート バッチ %1 に不明な種別「%2」が指定されています。</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 cannot be reverted: %n of its records changed since (%2). Nothing was changed.</source>
        <translation>
            <numerusform>%1 のインポートは取り消せません：その後、取り込んだレコードのうち %n 件が変更されています（%2）。何も変更していません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::interchange::CellValues</name>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day: write it 2024-04-01, or say which the file uses</source>
        <translation>「%1」は日/月とも月/日とも読めます。2024-04-01 の形で書くか、ファイルがどちらの順序か指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it 2024-04-01, 2024/4/1 or 2024年4月1日)</source>
        <translation>「%1」は日付ではありません（2024-04-01、2024/4/1、2024年4月1日 のように書いてください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>「%1」は暦に存在しない日付です</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>「%1」は「はい」「いいえ」のどちらでもありません</translation>
    </message>
</context>
<context>
    <name>crm::interchange::ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is already filled by column %2 (&quot;%3&quot;)</source>
        <translation>「%1」には既に列 %2（「%3」）から入力されています</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that a column can fill.</source>
        <translation>%1 には、列から入力できる項目「%2」はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now filled by column %2 (&quot;%3&quot;)</source>
        <translation>「%1」には列 %2（「%3」）から入力するようになりました</translation>
    </message>
    <message>
        <source>The mapping names no known kind of record (&quot;kind&quot;: &quot;%1&quot;).</source>
        <translation>対応付けに既知のレコード種別が指定されていません（&quot;kind&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>The mapping is for %1 records, not for %2 records.</source>
        <translation>この対応付けは %1 レコード用で、%2 レコード用ではありません。</translation>
    </message>
    <message>
        <source>The mapping has no list of &quot;columns&quot;.</source>
        <translation>対応付けに &quot;columns&quot; のリストがありません。</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has no &quot;header&quot;.</source>
        <translation>対応付けの列 %1 に &quot;header&quot; がありません。</translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from column &quot;%2&quot;, but a %3 has no such field.</source>
        <translation>対応付けでは列「%2」から「%1」に入力しますが、%3 にはその項目がありません。</translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from two columns (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>対応付けで「%1」に 2 つの列（「%2」と「%3」）から入力しています。</translation>
    </message>
    <message>
        <source>not in the saved mapping</source>
        <translation>保存した対応付けにありません</translation>
    </message>
</context>
<context>
    <name>crm::interchange::CsvReader</name>
    <message>
        <source>Line %1, column %2: the cell is longer than %3 characters, far more than any field holds. If it starts with a quote (&quot;), check that the quote is closed.</source>
        <translation>%1 行目、%2 列目：セルが %3 文字を超えており、どの項目にも入りきりません。引用符（&quot;）で始まる場合は、引用符が閉じているか確認してください。</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote (&quot;) opens a cell that is never closed; the file ends inside it. Close the quote or remove it.</source>
        <translation>%1 行目、%2 列目：引用符（&quot;）で始まったセルが閉じられないまま、ファイルが終わっています。引用符を閉じるか、削除してください。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header: it is read as &quot;%2&quot;.</source>
        <translation>列 %1 にはヘッダーに名前がないため、「%2」として読み込みます。</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: column %2 is read as &quot;%4&quot;.</source>
        <translation>列 %1 と列 %2 の名前がどちらも「%3」のため、列 %2 を「%4」として読み込みます。</translation>
    </message>
    <message>
        <source>The file holds %1 bytes; files up to %2 bytes are read. Split it into smaller files.</source>
        <translation>ファイルのサイズは %1 バイトですが、読み込めるのは %2 バイトまでです。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns.</source>
        <translation>引用符や改行を列の区切りにすることはできません。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>ファイルが空です：ヘッダー行もデータもありません。</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns but the header (line %3) names %4: column %5 holds &quot;%6&quot; under no header. Add a header for it or remove the extra cells.</source>
        <translation>%1 行目には %2 列ありますが、ヘッダー（%3 行目）には %4 列しかありません。列 %5 にヘッダーのない「%6」があります。ヘッダーを追加するか、余分なセルを削除してください。</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>%1 行目、列「%2」</translation>
    </message>
    <message>
        <source>The file has a header row (line %1) but no data rows.</source>
        <translation>ファイルにはヘッダー行（%1 行目）がありますが、データ行がありません。</translation>
    </message>
    <message>
        <source>Cells starting with &quot;=&quot; are kept as text, never evaluated as formulas: %1 of them, the first at %2.</source>
        <translation>「=」で始まるセルは数式として評価せず、テキストのまま取り込みます：%1 個（最初は %2）。</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; files up to %3 bytes are read. Split it into smaller files.</source>
        <translation>%1 のサイズは %2 バイトですが、読み込めるのは %3 バイトまでです。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>crm::interchange::ICalendarWriter</name>
    <message>
        <source>The meeting &quot;%1&quot; has no start time.</source>
        <translation>面談「%1」に開始時刻がありません。</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is in the time zone &quot;%2&quot;, which this computer does not know.</source>
        <translation>面談「%1」のタイムゾーン「%2」は、このコンピューターでは認識できません。</translation>
    </message>
</context>
<context>
    <name>crm::interchange::TextEncoding</name>
    <message>
        <source>the file ends in the middle of a character at line %1 (it may have been cut short)</source>
        <translation>%1 行目の文字の途中でファイルが終わっています（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>byte %1 at line %2 (byte offset %3)</source>
        <translation>%2 行目のバイト %1（バイト オフセット %3）</translation>
    </message>
    <message>
        <source>The file is a zip archive (an Excel .xlsx workbook?), not text. Import it as a workbook, or save it from Excel as CSV.</source>
        <translation>このファイルはテキストではなく、zip アーカイブ（Excel の .xlsx ブック？）です。ブックとしてインポートするか、Excel で CSV として保存してください。</translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL byte at byte offset %1, as binary files (an .xls workbook, a picture, a PDF) do. Save it from its program as CSV.</source>
        <translation>このファイルはテキストではありません：バイナリ ファイル（.xls ブック、画像、PDF など）と同様に、バイト オフセット %1 に NUL バイトがあります。作成したプログラムで CSV として保存してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Names such as UTF-8, UTF-16LE, Shift_JIS or windows-1252 are understood.</source>
        <translation>不明なエンコーディング「%1」です。UTF-8、UTF-16LE、Shift_JIS、windows-1252 などの名前を指定できます。</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2. Choose the encoding it was saved in.</source>
        <translation>ファイルを %1 として読み込めません：%2。保存時のエンコーディングを選んでください。</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1（BOM 付き）</translation>
    </message>
    <message>
        <source>The file starts with the byte order mark of %1 but is not valid %1: %2.</source>
        <translation>ファイルは %1 のバイト順マークで始まっていますが、有効な %1 ではありません：%2。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (%1) nor Shift_JIS (%2). Choose the encoding it was saved in, such as windows-1252 for a CSV from Excel in English or French.</source>
        <translation>ファイルは UTF-8（%1）でも Shift_JIS（%2）でもありません。保存時のエンコーディングを選んでください（英語版やフランス語版の Excel で作成した CSV なら windows-1252 など）。</translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL character (U+0000) at line %1.</source>
        <translation>このファイルはテキストではありません：%1 行目に NUL 文字（U+0000）があります。</translation>
    </message>
</context>
<context>
    <name>crm::interchange::VCardReader</name>
    <message>
        <source>Line %1 is longer than %2 MB.</source>
        <translation>%1 行目が %2 MB を超えています。</translation>
    </message>
    <message>
        <source>The content line starting at line %1 is longer than %2 MB.</source>
        <translation>%1 行目から始まるコンテンツ行が %2 MB を超えています。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>ファイルが %1 MB を超えています。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;:&quot; and was skipped.</source>
        <translation>%1 行目には「:」がないため、スキップしました。</translation>
    </message>
    <message>
        <source>Line %1: a card begins inside the card begun at line %2, which has no END:VCARD.</source>
        <translation>%1 行目：%2 行目で始まったカードが END:VCARD で終わらないまま、新しいカードが始まっています。</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>%1 行目：前に BEGIN:VCARD がない END:VCARD があります。</translation>
    </message>
    <message>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>%1 行目：vCard バージョン %2 には対応していません（対応しているのは 2.1、3.0、4.0）。</translation>
    </message>
    <message>
        <source>The card begun at line %1 has no END:VCARD: the file may be cut short.</source>
        <translation>%1 行目で始まるカードに END:VCARD がありません。ファイルが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>ファイルに vCard がありません（BEGIN:VCARD の行がありません）。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any card skipped, the first at line %1.</source>
        <translation>
            <numerusform>カードの外にある %n 行をスキップしました（最初は %1 行目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo of card %1 (line %2) ignored.</source>
        <translation>カード %1（%2 行目）の写真は無視しました。</translation>
    </message>
    <message>
        <source>Card %1, line %2: broken quoted-printable kept as written.</source>
        <translation>カード %1、%2 行目：壊れた quoted-printable を書かれたとおりに残しました。</translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid base64 and was skipped.</source>
        <translation>カード %1、%2 行目：%3 は有効な base64 ではないため、スキップしました。</translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid %4 text and was skipped.</source>
        <translation>カード %1、%2 行目：%3 は有効な %4 テキストではないため、スキップしました。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>Address (%1): %2</source>
        <translation>住所（%1）：%2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>ウェブサイト：%1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>組織：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>役職：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>役割：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>メール：%1</translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxReader</name>
    <message>
        <source>%1 is damaged: its workbook lists no sheets.</source>
        <translation>%1 は破損しています：ブックにシートがありません。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are %3.</source>
        <translation>%1 には「%2」という名前のシートはありません。シートは %3 です。</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is a chart, not a sheet of cells.</source>
        <translation>%2 のシート「%1」は、セルのシートではなくグラフです。</translation>
    </message>
    <message>
        <source>%1 is damaged: the cells of its sheet “%2” are missing.</source>
        <translation>%1 は破損しています：シート「%2」のセルがありません。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx) without a password.</source>
        <translation>%1 は Excel 97-2003 ブック（.xls）か、パスワードで保護されたブックです。表計算ソフトで開き、パスワードなしの Excel ブック（.xlsx）として保存してください。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): an .xlsx file is a zip archive, and this file is not one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>%1 は Excel ブック（.xlsx）ではありません。.xlsx ファイルは zip アーカイブですが、このファイルはそうではありません。表計算ソフトで開き、Excel ブック（.xlsx）として保存してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>%1 を読み込めません：ファイルが存在しません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is refused: it is larger than %2 MB, more than any list of records needs.</source>
        <translation>%1 は読み込めません：%2 MB を超えており、レコードの一覧としては大きすぎます。</translation>
    </message>
    <message>
        <source>A part of the workbook is larger than %1 MB.</source>
        <translation>ブックの一部が %1 MB を超えています。</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>シート「%1」</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty: there is nothing to import.</source>
        <translation>%2 のシート「%1」は空です：インポートするものがありません。</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 has only a header row (row %3) and no data rows.</source>
        <translation>%2 のシート「%1」にはヘッダー行（%3 行目）しかなく、データ行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more cell(s) like these.</source>
        <translation>
            <numerusform>…ほかにも同様のセルが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a row numbered %3, outside a worksheet.</source>
        <translation>%1 は破損しています：シート「%2」に、ワークシートの範囲外の行番号 %3 があります。</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n column(s). Give the column a header or delete the value.</source>
        <translation>
            <numerusform>シート「%2」の %1 行目の列 %3 に値がありますが、ヘッダー（%4 行目）には %n 列しかありません。その列にヘッダーを付けるか、値を削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds more than %3 characters, more than any field needs; shorten it in the spreadsheet.</source>
        <translation>シート「%2」のセル %1 は %3 文字を超えており、どの項目にも長すぎます。表計算ソフトで短くしてください。</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a cell named “%3”, which is no cell of a worksheet.</source>
        <translation>%1 は破損しています：シート「%2」に、ワークシートのセルではない「%3」という名前のセルがあります。</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of sheet “%3” has more than %4 cells.</source>
        <translation>%1 は破損しています：シート「%3」の %2 行目のセルが %4 個を超えています。</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula the spreadsheet saved without its value; it is kept as its text.</source>
        <translation>セル %1 には、値なしで保存された数式があります。数式のテキストとして取り込みます。</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” refers to a text the workbook does not have.</source>
        <translation>%1 は破損しています：シート「%3」のセル %2 が、ブックにないテキストを参照しています。</translation>
    </message>
    <message>
        <source>Cell %1 shows the error %2 in the spreadsheet; it is kept as that text.</source>
        <translation>セル %1 は表計算ソフトでエラー %2 を表示しています。そのテキストのまま取り込みます。</translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds “%3”, which is not a date.</source>
        <translation>シート「%2」のセル %1 の「%3」は日付ではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” holds “%4”, which is not a number.</source>
        <translation>%1 は破損しています：シート「%3」のセル %2 の「%4」は数値ではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not well-formed XML at line %3 (%4).</source>
        <translation>%1 は破損しています：パーツ %2 の %3 行目が整形式の XML ではありません（%4）。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it is a zip archive without a workbook part (%2).</source>
        <translation>%1 は Excel ブックではありません：ブック パーツ（%2）のない zip アーカイブです。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked.</source>
        <translation>%1 は破損しています：パーツ %2 を展開できません。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %3 MB, more than any list of records needs (a damaged or malicious file).</source>
        <translation>%1 は読み込めません：パーツ %2 を展開すると %3 MB を超え、レコードの一覧としては大きすぎます（破損したファイルか、悪意のあるファイルです）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is missing.</source>
        <translation>%1 は破損しています：パーツ %2 がありません。</translation>
    </message>
    <message>
        <source>%1 is encrypted: open it in the spreadsheet program and save it without a password.</source>
        <translation>%1 は暗号化されています。表計算ソフトで開き、パスワードなしで保存してください。</translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation>Excel のシートに入るのは最大 1,048,576 行、16,384 列です。</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation>表計算ライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>the sheet name “%1” is not allowed.</source>
        <translation>シート名「%1」は使用できません。</translation>
    </message>
    <message>
        <source>the text in row %1, column %2 is longer than the %3 characters an Excel cell holds.</source>
        <translation>%1 行目、%2 列目のテキストが、Excel のセルに入る %3 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>crm::reference</name>
    <message>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>繊維</translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation>再生可能エネルギー</translation>
    </message>
    <message>
        <source>Transportation and logistics</source>
        <translation>運輸・物流</translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation>航空宇宙</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>crm::ui::AboutDialog</name>
    <message>
        <source>About Delegates CRM</source>
        <translation>Delegates CRM について</translation>
    </message>
    <message>
        <source>Qt %1 (Widgets, Sql, Print Support)</source>
        <translation>Qt %1（Widgets、Sql、Print Support）</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 or GNU GPL 3.0</source>
        <translation>GNU LGPL 3.0 または GNU GPL 3.0</translation>
    </message>
    <message>
        <source>Qt Charts (the dashboard)</source>
        <translation>Qt Charts（ダッシュボード）</translation>
    </message>
    <message>
        <source>GNU GPL 3.0, hence this program&apos;s GPL-3.0-or-later</source>
        <translation>GNU GPL 3.0（このため本プログラムは GPL-3.0-or-later）</translation>
    </message>
    <message>
        <source>IPA Gothic font by IPA (now CITPC), in printed documents</source>
        <translation>IPAゴシック フォント（IPA、現 CITPC）：印刷文書で使用</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;IPA Font License Agreement v1.0&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;IPAフォントライセンス v1.0&lt;/a&gt;</translation>
    </message>
    <message>
        <source>iso-codes: country and currency names, with their translations</source>
        <translation>iso-codes：国名と通貨名、およびその翻訳</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 以降</translation>
    </message>
    <message>
        <source>libsodium (encryption of sync packages)</source>
        <translation>libsodium（同期パッケージの暗号化）</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>ISC ライセンス</translation>
    </message>
    <message>
        <source>Mustache templates by Kevin Wojniak (kainjow)</source>
        <translation>Kevin Wojniak（kainjow）による Mustache テンプレート</translation>
    </message>
    <message>
        <source>Boost Software License 1.0</source>
        <translation>Boost Software License 1.0</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>パブリック ドメイン</translation>
    </message>
    <message>
        <source>Variant kanji table (search), derived from the Unicode Han Database</source>
        <translation>異体字テーブル（検索用）：Unicode Han Database から作成</translation>
    </message>
    <message>
        <source>Unicode licence</source>
        <translation>Unicode ライセンス</translation>
    </message>
    <message>
        <source>…and from KANJIDIC2, the property of the Electronic Dictionary Research and Development Group, used in conformance with the Group&apos;s &lt;a href=&quot;%1&quot;&gt;licence&lt;/a&gt;</source>
        <translation>…および KANJIDIC2 から作成。KANJIDIC2 は Electronic Dictionary Research and Development Group の所有物であり、同グループの&lt;a href=&quot;%1&quot;&gt;ライセンス&lt;/a&gt;に従って使用しています</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 3.0</source>
        <translation>Creative Commons Attribution-ShareAlike 3.0</translation>
    </message>
    <message>
        <source>The sample dataset, templates and icons</source>
        <translation>サンプル データ、テンプレート、アイコン</translation>
    </message>
    <message>
        <source>part of this program; the agencies, investors and deals other than AMDIE and Yazaki are fictional</source>
        <translation>本プログラムの一部。AMDIE と矢崎総業以外の機関、企業、案件は架空のものです</translation>
    </message>
    <message>
        <source>Delegates CRM %1</source>
        <translation>Delegates CRM %1</translation>
    </message>
    <message>
        <source>The CRM of the ITPO Japan Delegates Programme (UNIDO Investment and Technology Promotion Office, Tokyo).</source>
        <translation>ITPO Japan デリゲート・プログラムの CRM（国連工業開発機関（UNIDO）東京投資・技術移転促進事務所）。</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>このプログラムはフリー ソフトウェアです。Free Software Foundation が公表した GNU 一般公衆利用許諾書のバージョン 3 か、（任意で）それ以降のバージョンの条件の下で、再頒布や改変を行うことができます。</translation>
    </message>
    <message>
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; for more details.</source>
        <translation>このプログラムは有用であることを願って頒布されますが、いかなる保証もありません。商品性や特定の目的への適合性についての黙示の保証もありません。詳しくは &lt;a href=&quot;%1&quot;&gt;GNU 一般公衆利用許諾書&lt;/a&gt;をご覧ください。</translation>
    </message>
    <message>
        <source>Shipped with it, under their own licences</source>
        <translation>同梱ソフトウェア（それぞれのライセンスに従います）</translation>
    </message>
</context>
<context>
    <name>crm::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Restoring replaces the open database with the backup; the current file is kept beside it, named &quot;….before-restore-…&quot;.</source>
        <translation>復元すると、開いているデータベースがバックアップで置き換えられます。現在のファイルは同じ場所に「….before-restore-…」という名前で残ります。</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>データベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Delegates CRM データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace the open database with the backup of %1?

Everything entered since then is no longer shown; the current file is kept beside it as &quot;%2.before-restore-…&quot;.</source>
        <translation>開いているデータベースを %1 のバックアップで置き換えますか？

それ以降に入力した内容はすべて表示されなくなります。現在のファイルは同じ場所に「%2.before-restore-…」として残ります。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>バックアップ フォルダー</translation>
    </message>
    <message>
        <source>%1 is not a folder you can write to.</source>
        <translation>%1 は書き込み可能なフォルダーではありません。</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>今日のバックアップを作成しています…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>今日のバックアップを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::BriefingDialog</name>
    <message>
        <source>Print Briefing</source>
        <translation>ブリーフィング資料の印刷</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>組み込みテンプレート</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation>事務所独自のテンプレートのフォルダーを選択</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>テンプレート フォルダー</translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation>文書の言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>用紙(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>ブリーフィング資料を PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>PDF を保存できません</translation>
    </message>
    <message>
        <source>Choose the templates folder</source>
        <translation>テンプレートフォルダーを選択</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>ブリーフィング資料のプレビュー</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>Only &amp;my meetings and follow-ups</source>
        <translation>自分の面談とフォローアップのみ(&amp;M)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>カレンダーのエクスポート</translation>
    </message>
    <message>
        <source>The meetings of these days, each in its own time zone, and the follow-ups still open that fall due on them, as one calendar file (.ics) for Outlook, Google Calendar or a phone.</source>
        <translation>この期間の面談（それぞれのタイムゾーンで）と、この期間に期限を迎える未完了のフォローアップを、Outlook、Google カレンダー、スマートフォン用の 1 つのカレンダーファイル（.ics）に書き出します。</translation>
    </message>
    <message>
        <source>The meetings you attend and the follow-ups you own</source>
        <translation>自分が出席する面談と、自分が担当するフォローアップ</translation>
    </message>
    <message>
        <source>Choose who you are first (File &gt; Change Officer)</source>
        <translation>先に自分が誰かを選んでください（「ファイル &gt; 担当官を変更」）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>The first day is not a date.</source>
        <translation>開始日が日付ではありません。</translation>
    </message>
    <message>
        <source>The last day is not a date.</source>
        <translation>終了日が日付ではありません。</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>開始日が終了日より後です。</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3</source>
        <translation>%1、%2 を %3 にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>面談 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>フォローアップ %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation>PNG を保存…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>このグラフを PNG 画像として保存</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>表をコピー</translation>
    </message>
    <message>
        <source>Copy the numbers of this chart as a table, for a spreadsheet</source>
        <translation>このグラフの数値を表計算ソフト用の表としてコピー</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>表示するデータがありません</translation>
    </message>
    <message>
        <source>Cannot save the picture</source>
        <translation>画像を保存できません</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>グラフを PNG として保存</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChildListEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a row to %1 (Insert)</source>
        <translation>%1 に行を追加（Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected row of %1 (Delete)</source>
        <translation>%1 の選択した行を削除（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up (Ctrl+Up)</source>
        <translation>%1 の選択した行を上へ移動（Ctrl+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down (Ctrl+Down)</source>
        <translation>%1 の選択した行を下へ移動（Ctrl+Down）</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceCombo</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>入力して検索</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceLabels</name>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (ISO code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency name (ISO code)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation>1 – 非常に低い</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – 低い</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – 中程度</translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation>4 – 高い</translation>
    </message>
    <message>
        <source>5 – very high</source>
        <translation>5 – 非常に高い</translation>
    </message>
</context>
<context>
    <name>crm::ui::CommandLine</name>
    <message>
        <source>Open FILE instead of the default database (created if missing).</source>
        <translation>既定のデータベースの代わりに FILE を開きます（存在しない場合は作成します）。</translation>
    </message>
    <message>
        <source>CRM for the ITPO Japan Delegates Programme</source>
        <translation>ITPO Japan デリゲート・プログラムの CRM</translation>
    </message>
    <message>
        <source>The database file to open; it must exist.</source>
        <translation>開くデータベース ファイル（既に存在している必要があります）。</translation>
    </message>
    <message>
        <source>Delegates CRM opens one database at a time; %1 files were given: %2</source>
        <translation>Delegates CRM が一度に開けるデータベースは 1 つです。%1 個のファイルが指定されました：%2</translation>
    </message>
    <message>
        <source>Give the database either as a file or with --db, not both.</source>
        <translation>データベースはファイルか --db のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 はフォルダーであり、データベース ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>crm::ui::CreditedDealsModel</name>
    <message>
        <source>%1 bn %2</source>
        <comment>billions</comment>
        <translation>%1 十億 %2</translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <comment>millions</comment>
        <translation>%1 百万 %2</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no figure</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>realised / announced</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>発表 %1</translation>
    </message>
    <message>
        <source>Realised %1</source>
        <translation>実績 %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the announced and the realised figure</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1
Investor: %2
Host country: %3
The delegate&apos;s part: %4
Double-click to open the deal.</source>
        <translation>%1
企業：%2
投資先国：%3
デリゲートの貢献：%4
ダブルクリックで案件を開きます。</translation>
    </message>
    <message>
        <source>Latest realised figure / latest announced figure</source>
        <translation>最新の実績値 / 最新の発表値</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>投資先国</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Delegate&apos;s part</source>
        <translation>デリゲートの貢献</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>雇用</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>設備投資額</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardCharts</name>
    <message>
        <source>No deals in this range</source>
        <translation>この期間の案件はありません</translation>
    </message>
    <message>
        <source>No deals in %1 in this range</source>
        <translation>この期間に %1 の案件はありません</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>（国なし）</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>（業種なし）</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>投資先国</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>か国</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3; Copy table lists them all.</source>
        <translation>%2%3のうち上位 %1 件を表示しています。「表をコピー」ですべて一覧できます。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Deals with a stage change or a figure dated in the range, by their stage today.</source>
        <translation>期間内に段階の変更または日付のある数値がある案件を、現在の段階別に示します。</translation>
    </message>
    <message>
        <source>Million %1</source>
        <translation>百万 %1</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>不成立の案件</translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation>設備投資額（発表、%1）</translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation>設備投資額（実績、%1）</translation>
    </message>
    <message>
        <source>Announced, not converted</source>
        <translation>発表（未換算）</translation>
    </message>
    <message>
        <source>Realised, not converted</source>
        <translation>実績（未換算）</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Not in the bars, for want of a rate: announced %1; realised %2 (Copy table has them).</source>
        <translation>レートがないため棒グラフに含まれていないもの：発表 %1、実績 %2（「表をコピー」には含まれます）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>直接雇用</translation>
    </message>
    <message>
        <source>Direct jobs announced</source>
        <translation>直接雇用（発表）</translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation>直接雇用（実績）</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>All deals (each counted once)</source>
        <translation>全案件（各案件を 1 回だけ集計）</translation>
    </message>
    <message>
        <source>A deal credited to several delegates counts once for each of them, so the bars can add up to more than the deals of the range (%1).</source>
        <translation>複数のデリゲートの貢献がある案件はデリゲートごとに数えるため、棒の合計が期間内の案件数（%1）を上回ることがあります。</translation>
    </message>
    <message>
        <source>The %1 largest of %2 delegates; Copy table lists them all.</source>
        <translation>デリゲート %2 名のうち上位 %1 名を表示しています。「表をコピー」ですべて一覧できます。</translation>
    </message>
    <message>
        <source>No deal of this range is credited</source>
        <translation>この期間の案件に貢献の記録はありません</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>No overdue follow-ups</source>
        <translation>期限超過のフォローアップはありません</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>（不明な担当官）</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1の遅れ</translation>
    </message>
    <message>
        <source>Open follow-ups past their due date on %1: %2, whatever the years and country chosen.</source>
        <translation>%1 時点で期限を過ぎた未完了のフォローアップ：%2 件（選択した年や国に関係なく集計）。</translation>
    </message>
    <message>
        <source>The %1 officers with the most; Copy table lists them all.</source>
        <translation>件数の多い担当官上位 %1 名です。「表をコピー」ですべて一覧できます。</translation>
    </message>
    <message>
        <source>amounts in %1 currencies</source>
        <translation>%1 種類の通貨の金額</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>%1 + %2 not converted</source>
        <translation>%1 + 未換算 %2</translation>
    </message>
    <message>
        <source>The first year of the range</source>
        <translation>期間の最初の年</translation>
    </message>
    <message>
        <source>The last year of the range</source>
        <translation>期間の最後の年</translation>
    </message>
    <message>
        <source>Capex is converted with the officers&apos; yearly average rates</source>
        <translation>設備投資額は、担当官が登録した年平均レートで換算されます</translation>
    </message>
    <message>
        <source>By host country</source>
        <translation>投資先国別</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>業種別</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>年別</translation>
    </message>
    <message>
        <source>How the capex and direct-jobs charts are broken down</source>
        <translation>設備投資額と直接雇用のグラフの内訳の基準</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始年(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了年(&amp;T)</translation>
    </message>
    <message>
        <source>Host &amp;country</source>
        <translation>投資先国(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>通貨(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Capex and jobs</source>
        <translation>設備投資額と雇用(&amp;J)</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>段階別の案件</translation>
    </message>
    <message>
        <source>Capex, announced and realised</source>
        <translation>設備投資額（発表・実績）</translation>
    </message>
    <message>
        <source>Direct jobs, announced and realised</source>
        <translation>直接雇用（発表・実績）</translation>
    </message>
    <message>
        <source>Deals credited to each delegate</source>
        <translation>デリゲート別の貢献案件</translation>
    </message>
    <message>
        <source>Direct jobs credited to each delegate</source>
        <translation>デリゲート別の貢献案件の直接雇用</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>期限超過のフォローアップ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation>ダッシュボードを読み込めません：%1</translation>
    </message>
    <message>
        <source>Deals: %1 (lost: %2). Capex announced %3, realised %4. Direct jobs announced %5, realised %6.</source>
        <translation>案件：%1 件（不成立：%2 件）。設備投資額：発表 %3、実績 %4。直接雇用：発表 %5、実績 %6。</translation>
    </message>
    <message>
        <source>No exchange rate for %1: capex that needs one is not converted to %2, is left out of the capex bars and is listed as not converted in the tables. Add the rates to the officers&apos; rate table to convert it.</source>
        <translation>%1 の為替レートがありません。レートが必要な設備投資額は %2 に換算されず、設備投資額の棒グラフから除外され、表では未換算として示されます。換算するには、担当官の為替レート表にレートを追加してください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::DatabaseSession</name>
    <message>
        <source>%1 is already open in another Delegates CRM window. Close it there first: two windows editing one file would each miss the other&apos;s changes. (The lock file is %2.)</source>
        <translation>%1 は別の Delegates CRM ウィンドウで既に開かれています。先にそちらで閉じてください。2 つのウィンドウで 1 つのファイルを編集すると、互いの変更が反映されません（ロック ファイル：%2）。</translation>
    </message>
    <message>
        <source>%1 is already open in another Delegates CRM window, on the computer %2 (process %3). Close it there first: two windows editing one file would each miss the other&apos;s changes. If that program is no longer running, delete %4.</source>
        <translation>%1 は、コンピューター %2 上の別の Delegates CRM ウィンドウ（プロセス %3）で既に開かれています。先にそちらで閉じてください。2 つのウィンドウで 1 つのファイルを編集すると、互いの変更が反映されません。そのプログラムが既に終了している場合は、%4 を削除してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): no backup can be restored into it. Copy it to a folder you can write to and open that copy first.</source>
        <translation>%1 は読み取り専用で開かれています（%2）。ここにバックアップを復元することはできません。書き込み可能なフォルダーにコピーし、先にそのコピーを開いてください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>カレンダーから選択</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>カレンダーから選択（Alt+Down）</translation>
    </message>
    <message>
        <source>%1 or YYYY-MM-DD</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation>%1 または YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealImpactPanel</name>
    <message>
        <source>%1: %2, undated</source>
        <translation>%1：%2（日付なし）</translation>
    </message>
    <message>
        <source>%1: %2 as of %3</source>
        <translation>%1：%2（%3 時点）</translation>
    </message>
    <message>
        <source>The deal&apos;s stage history; ↩ marks a setback (back to an earlier stage, on hold or lost)</source>
        <translation>案件の段階の履歴。↩ は後退（前の段階、保留または不成立への移動）を示します</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Realised /
announced</source>
        <translation>実績／
発表</translation>
    </message>
    <message>
        <source>The latest realised figure as a share of the latest announced one</source>
        <translation>最新の実績値が最新の発表値に占める割合</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>貢献</translation>
    </message>
    <message>
        <source>(record not found)</source>
        <translation>（レコードが見つかりません）</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <extracomment>A credited delegate, agency or mission whose record the damaged database could not give.</extracomment>
        <translation>（読み取れません）</translation>
    </message>
</context>
<context>
    <name>crm::ui::DelegateImpactPanel</name>
    <message>
        <source>Credited deals</source>
        <extracomment>In a delegate&apos;s impact panel, in place of the number of credited deals.</extracomment>
        <translation>貢献した案件</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み取れません</translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>不成立 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation>直接雇用（実績）</translation>
    </message>
    <message>
        <source>announced: %1</source>
        <translation>発表：%1</translation>
    </message>
    <message>
        <source>Capex realised</source>
        <translation>設備投資額（実績）</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateCommands</name>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>重複を検索(&amp;D)…</translation>
    </message>
    <message>
        <source>List the investors, contacts, agencies or delegates that look like the same one</source>
        <translation>同一と思われる企業、担当者、機関またはデリゲートを一覧表示します</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateGroupsModel</name>
    <message>
        <source>%1: %2</source>
        <comment>why they match: the value they share (same e-mail: a@b.example)</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of one group</comment>
        <translation>、</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the titles of records that look alike</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>How sure the match is, out of 100</source>
        <translation>一致の確からしさ（100 点満点）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>類似の理由</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateWarning</name>
    <message>
        <source>Create Anyway</source>
        <translation>このまま作成</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>This %1 may already exist:</source>
        <translation>この%1は既に登録されている可能性があります：</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>このまま作成</translation>
    </message>
    <message>
        <source>It is another one: hide this warning while you type this %1</source>
        <translation>別の%1です：入力中はこの警告を表示しない</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why it matches: the value that matched (same e-mail: a@b.example)</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a record looks the same</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2</source>
        <comment>a record&apos;s title – why it looks the same</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Show %1 instead of this new one</source>
        <translation>この新規レコードの代わりに %1 を表示</translation>
    </message>
    <message>
        <source>What you typed in this %1 is not saved. Leave it and open %2?</source>
        <translation>この%1に入力した内容は保存されていません。入力内容を破棄して %2 を開きますか？</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>%1 looks like the same %2 (%3). Create a new %2 anyway?</source>
        <translation>%1 は同じ%2と思われます（%3）。このまま新しい%2を作成しますか？</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesDialog</name>
    <message>
        <source>&amp;Scan</source>
        <translation>スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>重複の検索</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>レコードの種類</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>レコードの種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Compare every record of the kind: names, aliases, e-mail, phone numbers and websites</source>
        <translation>この種類のすべてのレコードを比較します：名前、別名、メール、電話番号、ウェブサイト</translation>
    </message>
    <message>
        <source>Records that look alike</source>
        <translation>類似するレコード</translation>
    </message>
    <message>
        <source>Show the chosen record in the window</source>
        <translation>選択したレコードをウィンドウに表示</translation>
    </message>
    <message>
        <source>Merge the records of the chosen group into one</source>
        <translation>選択したグループのレコードを 1 件に統合</translation>
    </message>
    <message>
        <source>Choose Scan to look for likely duplicates.</source>
        <translation>「スキャン」を選ぶと、重複の可能性があるレコードを検索します。</translation>
    </message>
    <message>
        <source>Comparing the %1…</source>
        <translation>%1を比較しています…</translation>
    </message>
    <message>
        <source>Scan cancelled; groups found before it stopped: %1.</source>
        <translation>スキャンを中止しました。中止までに見つかったグループ：%1。</translation>
    </message>
    <message>
        <source>No %1 look alike.</source>
        <translation>類似する%1はありません。</translation>
    </message>
    <message>
        <source>Groups of %1 that look alike, most likely first: %2.</source>
        <translation>類似する%1のグループ（可能性の高い順）：%2。</translation>
    </message>
    <message>
        <source>Merging is not available in this window</source>
        <translation>このウィンドウでは統合を利用できません</translation>
    </message>
</context>
<context>
    <name>crm::ui::ExchangeRatesDialog</name>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>1 米ドルあたりの額</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>Yearly average rates: how many units of a currency one US dollar bought over the year. Reports convert each figure with the rate of its year; without one they list the figure as not converted.</source>
        <translation>年平均レート：1 米ドルでその年に買えた通貨の額です。報告書では各数値をその年のレートで換算し、レートがない場合は未換算として表示します。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>e.g. 151.35</source>
        <translation>例：151.35</translation>
    </message>
    <message>
        <source>e.g. IMF International Financial Statistics</source>
        <translation>例：IMF 国際金融統計</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Units per US dollar</source>
        <translation>1 米ドルあたりの額(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>出典(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Set Rate</source>
        <translation>レートを設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>選択した行を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
</context>
<context>
    <name>crm::ui::ExportActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ファイル (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>%1 could not be written.

%2</source>
        <translation>%1 を書き込めませんでした。

%2</translation>
    </message>
    <message>
        <source>Export List as CSV…</source>
        <translation>一覧を CSV でエクスポート…</translation>
    </message>
    <message>
        <source>Export List as Excel…</source>
        <translation>一覧を Excel でエクスポート…</translation>
    </message>
    <message>
        <source>Export as vCards…</source>
        <translation>vCard でエクスポート…</translation>
    </message>
    <message>
        <source>Export as vCards 3.0 (Older Phones)…</source>
        <translation>vCard 3.0 でエクスポート（古い携帯電話用）…</translation>
    </message>
    <message>
        <source>Export Trash as CSV…</source>
        <translation>ごみ箱を CSV でエクスポート…</translation>
    </message>
    <message>
        <source>Export Trash as Excel…</source>
        <translation>ごみ箱を Excel でエクスポート…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Current List as &amp;CSV…</source>
        <translation>現在の一覧を CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Current List as &amp;Excel…</source>
        <translation>現在の一覧を Excel で(&amp;E)…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards…</source>
        <translation>担当者を vCard で(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation>カレンダー（.ics）(&amp;A)…</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 件の%2を %3 にエクスポートしました</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>一覧のエクスポート</translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>vCard のエクスポート</translation>
    </message>
    <message>
        <source>Export Trash</source>
        <translation>ごみ箱のエクスポート</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>カレンダーに追加</translation>
    </message>
    <message>
        <source>This meeting has no start time to put in a calendar.</source>
        <translation>この面談には開始時刻がないため、カレンダーに追加できません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>No calendar program on this computer opened the meeting. Save it as a calendar file (.ics) to import by hand?</source>
        <translation>このコンピューターのカレンダープログラムで面談を開けませんでした。手動でインポートできるよう、カレンダーファイル（.ics）として保存しますか？</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Save to Calendar File</source>
        <translation>カレンダーファイルに保存</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>面談</translation>
    </message>
</context>
<context>
    <name>crm::ui::FieldLinkAction</name>
    <message>
        <source>Write E-mail</source>
        <translation>メールを作成</translation>
    </message>
    <message>
        <source>Open Website</source>
        <translation>ウェブサイトを開く</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>%1 宛てにメールを作成</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 をブラウザーで開く</translation>
    </message>
    <message>
        <source>No mail program on this computer opened %1.</source>
        <translation>このコンピューターのメールプログラムで %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>No browser on this computer opened %1.</source>
        <translation>このコンピューターのブラウザーで %1 を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>期限超過 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpsView</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Show done</source>
        <translation>完了済みを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>選択したフォローアップを完了にする（Ctrl+D）</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>「%1」を完了にする</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>%n 件のフォローアップを完了にする</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>完了にする</translation>
    </message>
</context>
<context>
    <name>crm::ui::FormFields</name>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Name in its own &amp;language</source>
        <translation>現地語の名称(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>略称(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>ウェブサイト(&amp;W)</translation>
    </message>
    <message>
        <source>Confi&amp;dential</source>
        <translation>取扱注意(&amp;D)</translation>
    </message>
    <message>
        <source>Printed documents about this record carry a confidentiality marking</source>
        <translation>このレコードに関する印刷文書に取扱注意の表示が付きます</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Given name(s)</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <source>Family name &amp;reading (kana)</source>
        <translation>姓の読み（かな）(&amp;R)</translation>
    </message>
    <message>
        <source>Given name r&amp;eading (kana)</source>
        <translation>名の読み（かな）(&amp;E)</translation>
    </message>
    <message>
        <source>Family name in &amp;Latin script</source>
        <translation>姓（ローマ字）(&amp;L)</translation>
    </message>
    <message>
        <source>Given name in Lat&amp;in script</source>
        <translation>名（ローマ字）(&amp;I)</translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation>姓名の順序(&amp;J)</translation>
    </message>
    <message>
        <source>In the name&apos;s own script: 山田, Hassani, حساني. A family or a given name is required.</source>
        <translation>その名前本来の文字で入力：山田、Hassani、حساني。姓または名のどちらかが必要です。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>Follows the name&apos;s culture; set automatically from the script until you choose.</source>
        <translation>名前の文化に従います。選択するまでは文字の種類から自動的に設定されます。</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>対象(&amp;B)</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>対象レコード</translation>
    </message>
    <message>
        <source>Company and post</source>
        <translation>所属企業と役職</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>In&amp;vestor</source>
        <translation>企業(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>役職(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Active &amp;from</source>
        <translation>着任日(&amp;S)</translation>
    </message>
    <message>
        <source>Active &amp;until</source>
        <translation>退任日(&amp;U)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Delegate or mission</source>
        <translation>デリゲート／ミッション</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>貢献者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;Host country</source>
        <translation>投資先国(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>業種(&amp;S)</translation>
    </message>
    <message>
        <source>St&amp;age</source>
        <translation>段階(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lost reason</source>
        <translation>不成立の理由(&amp;L)</translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation>段階の履歴(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>貢献(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>成果(&amp;I)</translation>
    </message>
    <message>
        <source>Required when the stage is Lost</source>
        <translation>段階が「不成立」の場合は必須</translation>
    </message>
    <message>
        <source>A stage change without a matching entry gets one dated today when saved.</source>
        <translation>段階の変更に対応する履歴がない場合は、保存時に今日の日付で追加されます。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Host office</source>
        <translation>受入事務所</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To (empty: current)</source>
        <translation>終了（空欄：現職）</translation>
    </message>
    <message>
        <source>Agency and work</source>
        <translation>所属機関と業務</translation>
    </message>
    <message>
        <source>Agenc&amp;y</source>
        <translation>機関(&amp;Y)</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>状態(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>業種(&amp;S)</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>言語(&amp;N)</translation>
    </message>
    <message>
        <source>Programme sta&amp;ys</source>
        <translation>招へい滞在(&amp;H)</translation>
    </message>
    <message>
        <source>Career &amp;positions</source>
        <translation>経歴（役職）(&amp;K)</translation>
    </message>
    <message>
        <source>One per line, with the country code: +212 600 000 001</source>
        <translation>1 行に 1 件、国番号付きで：+212 600 000 001</translation>
    </message>
    <message>
        <source>One per line: ISO 639-1 codes (ar, fr, en) or names</source>
        <translation>1 行に 1 件：ISO 639-1 コード（ar, fr, en）または言語名</translation>
    </message>
    <message>
        <source>Free text; the career is better kept in the positions below.</source>
        <translation>自由記述。経歴は下の役職欄に記録することをお勧めします。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>担当(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Done &amp;at</source>
        <translation>完了日時(&amp;A)</translation>
    </message>
    <message>
        <source>Set when saved as done</source>
        <translation>完了として保存すると設定されます</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業情報</translation>
    </message>
    <message>
        <source>The name officers use, often the Japanese legal name (矢崎総業株式会社)</source>
        <translation>担当官が使う名称。多くは日本語の正式名称（矢崎総業株式会社）</translation>
    </message>
    <message>
        <source>Name in &amp;Latin script</source>
        <translation>名称（ローマ字）(&amp;L)</translation>
    </message>
    <message>
        <source>Name &amp;reading (kana)</source>
        <translation>名称の読み（かな）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>別名(&amp;A)</translation>
    </message>
    <message>
        <source>One per line: other names that should find this investor (Yazaki, 矢崎)</source>
        <translation>1 行に 1 件：この企業を検索できる別の名称（Yazaki、矢崎）</translation>
    </message>
    <message>
        <source>Head office &amp;city</source>
        <translation>本社所在地（都市）(&amp;C)</translation>
    </message>
    <message>
        <source>Head office c&amp;ountry</source>
        <translation>本社所在国(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Parent company</source>
        <translation>親会社(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>従業員数(&amp;E)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Name (kind other)</source>
        <translation>氏名（種別「その他」）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>開始日時(&amp;S)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Interest &amp;level</source>
        <translation>関心度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>場所(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>ミッション(&amp;M)</translation>
    </message>
    <message>
        <source>Inte&amp;rpreter</source>
        <translation>通訳(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>話題・論点(&amp;T)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>&amp;Information requested</source>
        <translation>要望された情報(&amp;I)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>次のステップ(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>出席者(&amp;A)</translation>
    </message>
    <message>
        <source>What you want to raise; printed on the meeting briefing</source>
        <translation>取り上げたい事項。面談ブリーフィングに印刷されます</translation>
    </message>
    <message>
        <source>French / Japanese</source>
        <translation>フランス語／日本語</translation>
    </message>
    <message>
        <source>Starts at (local time)</source>
        <translation>開始日時（現地時間）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>終了日(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>訪問地(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参加者(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>日程(&amp;G)</translation>
    </message>
    <message>
        <source>One per line: cities, sites, venues</source>
        <translation>1 行に 1 件：都市、訪問先、会場</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>本文(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>作成者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation>作成日時(&amp;W)</translation>
    </message>
    <message>
        <source>Now, when saved</source>
        <translation>保存時の現在日時</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>イニシャル(&amp;I)</translation>
    </message>
    <message>
        <source>1-5 letters, e.g. HS</source>
        <translation>1～5 文字（例：HS）</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>在籍中(&amp;A)</translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation>名前の一部を入力して検索</translation>
    </message>
</context>
<context>
    <name>crm::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Delegates CRM</source>
        <translation>Delegates CRM について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>ごみ箱へ移動</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>リンク解除</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>統合の取り消し</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryValues</name>
    <message>
        <source>(a purged %1)</source>
        <translation>（完全に削除された%1）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>History of %1 “%2”</source>
        <translation>%1「%2」の変更履歴</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <extracomment>Above the empty history of a record when the database could not be read.</extracomment>
        <translation>変更履歴を読み取れません：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n record(s))</source>
        <translation>
            <numerusform>%1 のインポート（%n 件のレコード）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>&amp;Revert Import…</source>
        <translation>インポートを取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>Every import of this database. Reverting one removes the records it created and empties the fields it filled, as long as none of them was edited since.</source>
        <translation>このデータベースへのすべてのインポートです。インポートを取り消すと、そのインポートで作成されたレコードが削除され、入力された項目が空に戻ります（その後いずれも編集されていない場合に限ります）。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>As</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Revert the import of %1 on %2?

The %3 records it created are removed for good, and the fields it filled in %4 records are emptied again.</source>
        <translation>%2 の %1 のインポートを取り消しますか？

作成された %3 件のレコードは完全に削除され、%4 件のレコードで入力された項目は空に戻ります。</translation>
    </message>
    <message>
        <source>Revert Import</source>
        <translation>インポートの取り消し</translation>
    </message>
    <message>
        <source>Cannot Revert the Import</source>
        <translation>インポートを取り消せません</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>何も変更されていません。

%1</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportMappingPage</name>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>列の対応付け (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Columns and Fields</source>
        <translation>列と項目</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen for it, or is skipped. Columns were matched by their headers; change any match here.</source>
        <translation>ファイルの各列は、選択した項目に取り込まれるか、スキップされます。列はヘッダーによって対応付けられています。ここで対応付けを変更できます。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>対応付けを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Use a mapping saved for an earlier file of the same layout.</source>
        <translation>同じ形式の以前のファイル用に保存した対応付けを使用します。</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>対応付けを保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Keep this mapping for the next file of the same layout, here or with the command-line tool&apos;s --mapping.</source>
        <translation>この対応付けを、同じ形式の次のファイルのために保存します（この画面でも、コマンドラインツールの --mapping でも使用できます）。</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>列 %1 の項目</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>対応付けの保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>Mapping saved as %1.</source>
        <translation>対応付けを %1 として保存しました。</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>対応付けの読み込み</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a saved column mapping: %2</source>
        <translation>%1 は保存された列の対応付けではありません：%2</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>%1 から対応付けを読み込みました。</translation>
    </message>
    <message>
        <source>Columns it names that this file does not have: %1.</source>
        <translation>対応付けにあり、このファイルにない列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Columns of this file it does not name, skipped: %1.</source>
        <translation>このファイルにあり、対応付けにない列（スキップ）：%1。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 を使用できません：%2</translation>
    </message>
    <message>
        <source>Columns and the fields they go to</source>
        <translation>列と対応付ける項目</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewPage</name>
    <message>
        <source>&amp;Preview Again</source>
        <translation>再プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>既存のレコード</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>&amp;Leave out the refused rows</source>
        <translation>拒否された行を除外(&amp;L)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check the rows, the refused ones and those that match a record already there, then import.</source>
        <translation>まだ何も書き込まれていません。各行、拒否された行、既存のレコードと一致する行を確認してから、インポートしてください。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Choose for every one…</source>
        <translation>個別に選択…</translation>
    </message>
    <message>
        <source>Without this, a file with a refused row is not imported at all: correct the file, or the mapping, and preview again.</source>
        <translation>このチェックを外すと、拒否された行を含むファイルは一切インポートされません。ファイルまたは対応付けを修正し、もう一度プレビューしてください。</translation>
    </message>
    <message>
        <source>For &amp;all of them:</source>
        <translation>すべてに適用(&amp;A)：</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Already There</source>
        <translation>既存</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was written.</source>
        <translation>プレビューを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>インポートを準備できません：%1</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>処理内容</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>skipped: %1 is there</source>
        <translation>スキップ：%1 が既に存在</translation>
    </message>
    <message>
        <source>skipped: nothing of %1 is empty</source>
        <translation>スキップ：%1 に空の項目なし</translation>
    </message>
    <message>
        <source>fills %1 of %2</source>
        <translation>%2 の%1を補完</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>new, beside %1</source>
        <translation>新規（%1 とは別に作成）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>（列なし）</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>拒否（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation>行 %1 の処理</translation>
    </message>
    <message>
        <source>Already There (%1)</source>
        <translation>既存（%1）</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>プレビューはありません。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>インポートを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>インポートする行</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>取り込めない行</translation>
    </message>
    <message>
        <source>Rows already there</source>
        <translation>既にある行</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportSourcePage</name>
    <message>
        <source>&amp;Choose Files…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>What to Import</source>
        <translation>インポートする内容</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text, an Excel workbook (.xlsx), or business cards (.vcf; choose several at once for a folder of cards).</source>
        <translation>CSV またはテキストで保存したスプレッドシート、Excel ブック（.xlsx）、または名刺（.vcf。フォルダー内の名刺は複数まとめて選択できます）。</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ファイルがまだ選択されていません。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16LE (Excel&apos;s Unicode text)</source>
        <translation>UTF-16LE（Excel の Unicode テキスト）</translation>
    </message>
    <message>
        <source>UTF-16BE</source>
        <translation>UTF-16BE</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Japanese Windows)</source>
        <translation>Shift_JIS（CP932、日本語版 Windows）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西ヨーロッパ言語）</translation>
    </message>
    <message>
        <source>The file is read again in the encoding chosen.</source>
        <translation>選択したエンコーディングでファイルを読み直します。</translation>
    </message>
    <message>
        <source>Refuse them (ask the sender)</source>
        <translation>受け付けない（送付元に確認）</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>日が先（31/12/2024）</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>月が先（12/31/2024）</translation>
    </message>
    <message>
        <source>How dates such as 01/04/2024 are read: 1 April in a French or Japanese file, January 4 in an American one. Dates written 2024-04-01 or 2024/4/1 are always read.</source>
        <translation>01/04/2024 のような日付の読み方です。フランスや日本のファイルでは 4 月 1 日、米国のファイルでは 1 月 4 日となります。2024-04-01 や 2024/4/1 と書かれた日付は常に読み取れます。</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>インポートする種類(&amp;A)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>読み取り形式：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H)：</translation>
    </message>
    <message>
        <source>Dates like &amp;01/04/2024:</source>
        <translation>01/04/2024 形式の日付(&amp;D)：</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>Spreadsheets and business cards (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;Business cards (*.vcf *.vcard);;All files (*)</source>
        <translation>スプレッドシートと名刺 (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV とテキスト (*.csv *.tsv *.txt);;Excel ブック (*.xlsx);;名刺 (*.vcf *.vcard);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注意事項：</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportText</name>
    <message>
        <source>Full name (family and given)</source>
        <translation>氏名（姓と名）</translation>
    </message>
    <message>
        <source>Full name reading (kana)</source>
        <translation>氏名の読み（かな）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>by field name</source>
        <translation>項目名で</translation>
    </message>
    <message>
        <source>by label</source>
        <translation>表示名で</translation>
    </message>
    <message>
        <source>by usual header</source>
        <translation>一般的なヘッダー名で</translation>
    </message>
    <message>
        <source>by saved mapping</source>
        <translation>保存した対応付けで</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>手動で選択</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名前が同じ</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>メールが同じ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>ウェブサイトが同じ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Update Empty Fields</source>
        <translation>空の項目を更新</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>このまま作成</translation>
    </message>
    <message>
        <source>CSV or text file</source>
        <translation>CSV またはテキストファイル</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message numerus="yes">
        <source>%n vCard file(s)</source>
        <translation>
            <numerusform>vCard ファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1（%2）、%3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 refused</source>
        <translation>新規 %1、更新 %2、スキップ %3、拒否 %4</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>インポート失敗</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>%1 からは何もインポートされませんでした。

%2</translation>
    </message>
    <message>
        <source>%1 imported as %2: %3 new, %4 updated with empty fields filled, %5 skipped.</source>
        <translation>%1 を%2としてインポートしました：新規 %3 件、空の項目を補完して更新 %4 件、スキップ %5 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>拒否された %n 行は除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step; File &gt; Import History… lists it and can revert it later, as long as its records were not edited since.</source>
        <translation>「編集 &gt; 元に戻す」でインポート全体を一度に取り消せます。「ファイル &gt; インポート履歴…」にも表示され、レコードがその後編集されていなければ、後から取り消すこともできます。</translation>
    </message>
</context>
<context>
    <name>crm::ui::InstantEdit</name>
    <message>
        <source>%1 (local time)</source>
        <extracomment>%1 is a sample date and time written the locale&apos;s way</extracomment>
        <translation>%1（ローカル時刻）</translation>
    </message>
    <message>
        <source>Your local time (%1)</source>
        <extracomment>%1 is an IANA time zone (Asia/Tokyo), set in Edit &gt; Preferences</extracomment>
        <translation>あなたの現地時刻（%1）</translation>
    </message>
</context>
<context>
    <name>crm::ui::LinkedRecordFieldEditor</name>
    <message>
        <source>Kind of linked record</source>
        <translation>対象レコードの種類</translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation>名前の一部を入力して検索</translation>
    </message>
</context>
<context>
    <name>crm::ui::ListColumns</name>
    <message>
        <source>Name in its language</source>
        <translation>現地語の名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>投資先国</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>本社</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>関心度</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>イニシャル</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在籍中</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>元に戻す／やり直しを実行できません</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>データベースを読み取れません</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open the record it is about.</source>
        <translation>フォローアップをダブルクリックすると、その対象のレコードが開きます。</translation>
    </message>
    <message>
        <source>Records in the Trash open again once restored.</source>
        <translation>ごみ箱内のレコードは、復元すると再び開けるようになります。</translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here.</source>
        <translation>一覧でレコードを選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here, or press %1 to add a new one.</source>
        <translation>一覧でレコードを選択すると、ここに表示されます。新しく追加するには %1 を押してください。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>サンプルデータを読み込む(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Change Officer…</source>
        <translation>担当官を変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>インポート履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>全体を検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>レコード(&amp;R)</translation>
    </message>
    <message>
        <source>Quick &amp;Meeting Entry…</source>
        <translation>面談のクイック入力(&amp;M)…</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>ブリーフィング資料を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>The meeting briefing, investor or delegate profile, or mission booklet of the record on show, in the language of your choice</source>
        <translation>表示中のレコードの面談ブリーフィング、企業・デリゲートのプロフィール、またはミッション資料集を、選択した言語で印刷します</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>報告書(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Programme Report…</source>
        <translation>プログラム報告書(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Exchange Rates…</source>
        <translation>為替レート(&amp;E)…</translation>
    </message>
    <message>
        <source>Open a meeting, an investor, a delegate or a mission to print its briefing.</source>
        <translation>ブリーフィング資料を印刷するには、面談、企業、デリゲート、またはミッションを開いてください。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>新規レコード(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Record</source>
        <translation>レコードを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete Record</source>
        <translation>レコードを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Delegates CRM</source>
        <translation>Delegates CRM</translation>
    </message>
    <message>
        <source>%1 (read-only) – Delegates CRM</source>
        <translation>%1（読み取り専用） – Delegates CRM</translation>
    </message>
    <message>
        <source>%1 – Delegates CRM</source>
        <translation>%1 – Delegates CRM</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Delegates CRM データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>空のデータベース</translation>
    </message>
    <message>
        <source>This database holds no records yet. Load the sample dataset (AMDIE, Yazaki&apos;s plants in Morocco and a few fictional agencies, investors and deals) to explore the application?</source>
        <translation>このデータベースにはまだレコードがありません。サンプルデータ（AMDIE、矢崎総業のモロッコ工場、架空の機関・企業・案件をいくつか）を読み込んで、アプリケーションを試してみますか？</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s).</source>
        <translation>
            <numerusform>サンプルレコードを %n 件読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the sample data</source>
        <translation>サンプルデータを読み込めません</translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation>担当官が選択されていません</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>担当官：%1</translation>
    </message>
    <message>
        <source>Officer: (cannot be read)</source>
        <extracomment>Status bar when the chosen officer&apos;s record could not be read.</extracomment>
        <translation>担当官：（読み取れません）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryCommand</name>
    <message>
        <source>Meeting with %1</source>
        <translation>%1との面談</translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>新規面談</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the meeting and its follow-up (Ctrl+Return)</source>
        <translation>面談とそのフォローアップを保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>ミッション(&amp;M)：</translation>
    </message>
    <message>
        <source>Type part of any of its names</source>
        <translation>いずれかの名称の一部を入力</translation>
    </message>
    <message>
        <source>&amp;Investor:</source>
        <translation>企業(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日時(&amp;D)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P)：</translation>
    </message>
    <message>
        <source>Interp&amp;reter:</source>
        <translation>通訳(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. French / Japanese</source>
        <translation>例：フランス語／日本語</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Interest &amp;level:</source>
        <translation>関心度(&amp;L)：</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>D&amp;elegates:</source>
        <translation>デリゲート(&amp;E)：</translation>
    </message>
    <message>
        <source>Investor&apos;s &amp;contacts:</source>
        <translation>企業の担当者(&amp;C)：</translation>
    </message>
    <message>
        <source>ITPO &amp;officers:</source>
        <translation>ITPO 担当官(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>In&amp;formation requested:</source>
        <translation>要望された情報(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>次のステップ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S)：</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>担当(&amp;W)：</translation>
    </message>
    <message>
        <source>Empty: no follow-up</source>
        <translation>空欄：フォローアップなし</translation>
    </message>
    <message>
        <source>A date (2026-12-07), or +7 for a week from today, +2w for two weeks</source>
        <translation>日付（2026-12-07）、または今日から 1 週間後なら +7、2 週間後なら +2w</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <source>“%1” matches no record</source>
        <translation>「%1」に一致するレコードがありません</translation>
    </message>
    <message>
        <source>is not a date (2026-12-07, or +7 for a week from today)</source>
        <translation>日付ではありません（2026-12-07、または今日から 1 週間後なら +7）</translation>
    </message>
    <message>
        <source>Discard this meeting? What you typed is lost.</source>
        <translation>この面談を破棄しますか？入力した内容は失われます。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: Investor | is required</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeActions</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected records into one: pick what stays, every link moves to it</source>
        <translation>選択したレコードを 1 件に統合します：残す内容を選ぶと、すべてのリンクがそのレコードに移ります</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the message shown when records cannot be merged: &quot;Merge Investors&quot;.</extracomment>
        <translation>%1の統合</translation>
    </message>
    <message>
        <source>This database is open read-only (%1): records cannot be merged.</source>
        <translation>このデータベースは読み取り専用で開かれています（%1）。レコードを統合できません。</translation>
    </message>
    <message>
        <source>Select two or more records to merge.</source>
        <translation>統合するレコードを 2 件以上選択してください。</translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation>これらのレコードは統合できません。</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>“%1”</source>
        <extracomment>A merged-away record in the name of a merge step: its title in quotes.</extracomment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <extracomment>The name of a merge in the undo history: &quot;Merge “ヤザキ” into “Yazaki Corporation”&quot;.</extracomment>
        <translation>%1を「%2」に統合</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the merge dialog: &quot;Merge Investors&quot;.</extracomment>
        <translation>%1の統合</translation>
    </message>
    <message>
        <source>These records become one. Choose the record that stays and, where they differ, the value it keeps; lists are united. Every link to the others moves to the record that stays. Edit &gt; Undo takes the merge back.</source>
        <translation>これらのレコードを 1 件にまとめます。残すレコードを選び、値が異なる項目では残す値を選んでください。リストは結合されます。他のレコードへのリンクはすべて残すレコードに移ります。「編集 &gt; 元に戻す」で統合を取り消せます。</translation>
    </message>
    <message>
        <source>Records side by side</source>
        <translation>レコードの比較</translation>
    </message>
    <message>
        <source>Merge the records into the one that stays, as one step that Undo takes back</source>
        <translation>残すレコードにレコードを統合します（「元に戻す」で一度に取り消せます）</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;identical fields (%n)</source>
        <extracomment>The toggle under the merge table; the count is of fields alike in every record.</extracomment>
        <translation>
            <numerusform>同一の項目を表示（%n）(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>残す：</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <extracomment>Under a record&apos;s title in the merge dialog: when it was last changed.</extracomment>
        <translation>最終変更 %1</translation>
    </message>
    <message>
        <source>This record stays</source>
        <translation>このレコードを残します</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>代わりにこれを残す</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>The accessible name of the radio button making a record the one a merge keeps.</extracomment>
        <translation>「%1」を残す</translation>
    </message>
    <message>
        <source>The lists of all the records, united</source>
        <extracomment>The tooltip of a list field in the merge dialog.</extracomment>
        <translation>すべてのレコードのリストを結合したもの</translation>
    </message>
    <message>
        <source>(united)</source>
        <translation>（結合）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 from “%2”: %3</source>
        <extracomment>The accessible name of a value the officer can pick in the merge dialog: field, record, value.</extracomment>
        <translation>「%2」の%1：%3</translation>
    </message>
    <message>
        <source>No other record links to the records merged away.</source>
        <translation>統合されるレコードにリンクしている他のレコードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from other records (meetings, deals, notes, ...) will move to “%1”.</source>
        <translation>
            <numerusform>他のレコード（面談、案件、メモなど）からのリンク %n 件が「%1」に移ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge also applies these rules:</source>
        <extracomment>Above the list of rules a merge applies (an attendee twice kept once, a parent cleared...).</extracomment>
        <translation>統合では次のルールも適用されます：</translation>
    </message>
    <message>
        <source>The records were not merged: nothing was changed.</source>
        <extracomment>Above the reason a merge was refused.</extracomment>
        <translation>レコードは統合されませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>crm::ui::OfficerDialog</name>
    <message>
        <source>Who is making changes?</source>
        <translation>変更を行うのはどなたですか？</translation>
    </message>
    <message>
        <source>New officer…</source>
        <translation>新しい担当官…</translation>
    </message>
    <message>
        <source>Choose yourself, or New officer…</source>
        <translation>自分を選択するか、「新しい担当官…」を選んでください</translation>
    </message>
    <message>
        <source>Every change you make is recorded under your name. Choose yourself, or add yourself as a new officer.</source>
        <translation>変更はすべてあなたの名前で記録されます。自分を選択するか、新しい担当官として自分を追加してください。</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>担当官(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>イニシャル(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineBoard</name>
    <message>
        <source>A deal moved to Lost needs a reason.</source>
        <translation>「不成立」に移す案件には理由が必要です。</translation>
    </message>
    <message>
        <source>Stage %1.</source>
        <translation>段階 %1。</translation>
    </message>
    <message>
        <source>Date %1.</source>
        <translation>日付 %1。</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>次の段階へ(&amp;N)</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>前の段階へ(&amp;P)</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>選択した案件を次の段階へ移動（Ctrl+Right）</translation>
    </message>
    <message>
        <source>Move the selected deal to the previous stage (Ctrl+Left)</source>
        <translation>選択した案件を前の段階へ移動（Ctrl+Left）</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>投資先国</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Deals with a stage change in that year</source>
        <translation>その年に段階が変わった案件</translation>
    </message>
    <message>
        <source>Drag a card, or press Ctrl+Right / Ctrl+Left, to change its stage</source>
        <translation>カードをドラッグするか Ctrl+Right / Ctrl+Left を押して段階を変更します</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left: move the selected deal to the next / previous stage</source>
        <translation>Ctrl+Right / Ctrl+Left：選択した案件を次／前の段階へ移動</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1</source>
        <translation>
            <numerusform>%1 の案件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>All host countries</source>
        <translation>すべての投資先国</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>All delegates</source>
        <translation>すべてのデリゲート</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>案件の移動</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>「%1」を%2へ移動</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation>設備投資額：%1</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>直接雇用：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2、%3</translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation>設備投資額：%1</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>直接雇用：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language and time</source>
        <translation>言語と時刻</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>The first choice of the language of the screens; %1 is the system&apos;s language in its own words</extracomment>
        <translation>システム（%1）</translation>
    </message>
    <message>
        <source>The language of menus, forms and messages, and the way dates, numbers and amounts are written</source>
        <translation>メニュー、フォーム、メッセージの言語と、日付・数値・金額の書き方</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <extracomment>%1 is this computer&apos;s IANA time zone (Asia/Tokyo)</extracomment>
        <translation>このコンピューターの設定（%1）</translation>
    </message>
    <message>
        <source>The times of notes, follow-ups, the history and new meetings are shown and typed in this zone</source>
        <translation>メモ、フォローアップ、変更履歴、新しい面談の時刻はこのタイムゾーンで表示・入力されます</translation>
    </message>
    <message>
        <source>&amp;Language of the screens:</source>
        <translation>画面の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>タイムゾーン(&amp;T)：</translation>
    </message>
    <message>
        <source>Printed documents and reports</source>
        <translation>印刷する資料と報告書</translation>
    </message>
    <message>
        <source>The language Print Briefing starts with; each document can still be printed in another</source>
        <translation>ブリーフィング資料の印刷で最初に選ばれる言語です。資料ごとに別の言語でも印刷できます</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>組み込みテンプレート</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation>事務所独自のテンプレートのフォルダーを選択</translation>
    </message>
    <message>
        <source>The currency the programme report converts capex into</source>
        <translation>プログラム報告書で設備投資額を換算する通貨</translation>
    </message>
    <message>
        <source>Language of &amp;documents:</source>
        <translation>資料の言語(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P)：</translation>
    </message>
    <message>
        <source>Te&amp;mplates folder:</source>
        <translation>テンプレートフォルダー(&amp;M)：</translation>
    </message>
    <message>
        <source>Report &amp;currency:</source>
        <translation>報告書の通貨(&amp;C)：</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>Change &amp;Officer…</source>
        <translation>担当官を変更(&amp;O)…</translation>
    </message>
    <message>
        <source>Who is making changes: every change is recorded under this name</source>
        <translation>変更を行う人：すべての変更はこの名前で記録されます</translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation>担当官が選ばれていません</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（読み取れません）</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>テンプレートフォルダー</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, or type its name, such as Asia/Tokyo or Europe/Paris.</source>
        <extracomment>%1 is what the officer typed in the time zone field</extracomment>
        <translation>「%1」はタイムゾーンではありません。一覧から選ぶか、Asia/Tokyo や Europe/Paris のように名前を入力してください。</translation>
    </message>
    <message>
        <source>The templates folder %1 does not exist. Choose another, or clear the field to use the built-in templates.</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>テンプレートフォルダー %1 はありません。別のフォルダーを選ぶか、欄を空にして組み込みテンプレートを使ってください。</translation>
    </message>
    <message>
        <source>The language changes when Delegates CRM starts again. Restart now?</source>
        <translation>言語は Delegates CRM を再起動すると切り替わります。今すぐ再起動しますか？</translation>
    </message>
</context>
<context>
    <name>crm::ui::PrepareReplicaDialog</name>
    <message>
        <source>&amp;Missions</source>
        <translation>ミッション(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>デリゲート(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>国(&amp;O)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scope tab of Prepare Mission Laptop with the number of entries ticked in it.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>ノートPC名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>&amp;Everything in this database</source>
        <translation>このデータベースのすべて(&amp;E)</translation>
    </message>
    <message>
        <source>Only what the chosen missions, delegates and countries &amp;need</source>
        <translation>選択したミッション、デリゲート、国に必要なものだけ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>準備(&amp;P)</translation>
    </message>
    <message>
        <source>Prepare Mission Laptop</source>
        <translation>ミッション用ノートPCの準備</translation>
    </message>
    <message>
        <source>Writes a copy of this database for a mission laptop. Officers on the mission work in the copy; on the way back, export their changes there and import them here (and the other way round) with the Sync menu.</source>
        <translation>ミッション用ノートPCのために、このデータベースのコピーを作成します。ミッション中の担当官はこのコピーで作業します。帰国時には、ノートPCで変更をエクスポートしてここでインポートします（逆方向も同様です）。いずれも「同期」メニューで行います。</translation>
    </message>
    <message>
        <source>e.g. Casablanca mission laptop</source>
        <translation>例：カサブランカ・ミッション用ノートPC</translation>
    </message>
    <message>
        <source>How this database and the laptop name each other in the Sync menu and status bar</source>
        <translation>「同期」メニューとステータスバーで、このデータベースとノートPCが互いを表示する名前</translation>
    </message>
    <message>
        <source>The new database file to copy to the laptop</source>
        <translation>ノートPCにコピーする新しいデータベースファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>ノートPC名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>What the laptop takes</source>
        <translation>ノートPCに入れる内容</translation>
    </message>
    <message>
        <source>With a choice, the copy holds the records linked to it and what they refer to (agencies, investors, contacts, officers), with their notes and follow-ups.</source>
        <translation>選択した場合、コピーには選択対象にリンクされたレコードとその参照先（機関、企業、担当者、担当官）が、メモやフォローアップとともに含まれます。</translation>
    </message>
    <message>
        <source>mission-laptop</source>
        <translation>ミッション用ノートPC</translation>
    </message>
    <message>
        <source>Write the Mission Laptop&apos;s Database</source>
        <translation>ミッション用ノートPCのデータベースの書き出し</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Delegates CRM データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Name the laptop, e.g. after the mission it goes on.</source>
        <translation>ノートPCに名前を付けてください（例：持って行くミッションの名前）。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>書き込むファイルを選択してください。</translation>
    </message>
    <message>
        <source>Tick at least one mission, delegate or country, or choose everything.</source>
        <translation>ミッション、デリゲート、国のいずれかを 1 つ以上チェックするか、すべてを選択してください。</translation>
    </message>
    <message>
        <source>Writing the copy for %1…</source>
        <translation>%1 用のコピーを書き込んでいます…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>中止しました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgrammeReportDialog</name>
    <message>
        <source>Programme Report</source>
        <translation>プログラム報告書</translation>
    </message>
    <message>
        <source>The currency capex is converted into, with the yearly average rates</source>
        <translation>設備投資額の換算先の通貨（年平均レートで換算）</translation>
    </message>
    <message>
        <source>Exchange &amp;Rates…</source>
        <translation>為替レート(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始年(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了年(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF を保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>CSV を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Some capex could not be converted: rates are missing for %1. Add them with Exchange Rates… to count it in %2.</source>
        <translation>一部の設備投資額を換算できませんでした：%1 のレートがありません。%2 で集計に含めるには、「為替レート…」でレートを追加してください。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了年</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>報告書を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>PDF を保存できません</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>報告書を CSV で保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation>CSV を保存できません</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>programme-report</source>
        <translation>プログラム報告書</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>プログラム報告書</translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>crm::ui::QuickRecordDialog</name>
    <message>
        <source>New %1 – %2</source>
        <translation>新規%1 – %2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 can only be read, because %2. You can list, view, search, print and export its records; to change them, copy the file to a folder you can write to and open the copy.</source>
        <translation>&lt;b&gt;読み取り専用：&lt;/b&gt;%1 は読み取りのみ可能です（理由：%2）。レコードの一覧表示、閲覧、検索、印刷、エクスポートはできます。変更するには、書き込み可能なフォルダーにファイルをコピーし、そのコピーを開いてください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCheckList</name>
    <message>
        <source>Type to filter, Enter to tick</source>
        <translation>入力して絞り込み、Enter でチェック</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <extracomment>The accessible name of the box that filters a list of records to tick: &quot;Filter Delegates:&quot;.</extracomment>
        <translation>%1 を絞り込み</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCommand</name>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1：%2「%3」</translation>
    </message>
    <message>
        <source>Cannot undo “%1”.</source>
        <translation>「%1」を元に戻せません。</translation>
    </message>
    <message>
        <source>Cannot redo “%1”.</source>
        <translation>「%1」をやり直せません。</translation>
    </message>
    <message>
        <source>Nothing was changed. The step is taken off the undo history; the steps before it can still be undone.</source>
        <translation>何も変更されていません。この操作は元に戻す履歴から削除されます。それより前の操作は引き続き元に戻せます。</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 を作成</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 を復元</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordForm</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: End date | must not be before the start</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1：%2</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordKindLabel</name>
    <message>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>デリゲート</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordLinkEdit</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the linked %1</source>
        <translation>リンク先の%1を開く</translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation>この%1を開く</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>リンク先の%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListModel</name>
    <message>
        <source>(missing)</source>
        <translation>（見つかりません）</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（読み取れません）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListPane</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1を絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>クイックフィルター</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 件</translation>
    </message>
    <message>
        <source>%1 %2 match the filter</source>
        <translation>フィルターに一致する%2：%1 件</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>変更を破棄(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Save the record (%1)</source>
        <translation>レコードを保存（%1）</translation>
    </message>
    <message>
        <source>Move the record to the Trash; Undo brings it back</source>
        <translation>レコードをごみ箱へ移動します（「元に戻す」で戻せます）</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>カレンダーに追加</translation>
    </message>
    <message>
        <source>Open this meeting in your calendar program</source>
        <translation>この面談をカレンダープログラムで開く</translation>
    </message>
    <message>
        <source>Save to Calendar File…</source>
        <translation>カレンダーファイルに保存…</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>詳細(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>関連(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save your changes to this %1 first?</source>
        <translation>先にこの%1の変更を保存しますか？</translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Restore it from the Trash to edit it.</source>
        <translation>この%1はごみ箱にあります。編集するには、ごみ箱から復元してください。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>Choose a record in a list to see it here.</source>
        <translation>一覧でレコードを選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Undo or restore it from the Trash to edit it.</source>
        <translation>この%1はごみ箱にあります。編集するには、元に戻すか、ごみ箱から復元してください。</translation>
    </message>
    <message>
        <source>This %1 no longer exists (it was purged or undone).</source>
        <translation>この%1はもう存在しません（完全に削除されたか、元に戻されました）。</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>レコードが選択されていません</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新規%1</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <extracomment>The record pane&apos;s header when the damaged database could not give the record&apos;s title.</extracomment>
        <translation>%1（読み取れません）</translation>
    </message>
</context>
<context>
    <name>crm::ui::RelatedPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>関連レコード</translation>
    </message>
    <message>
        <source>The related records cannot be read: %1</source>
        <extracomment>Instead of the related records when the database could not be read.</extracomment>
        <translation>関連レコードを読み取れません：%1</translation>
    </message>
    <message>
        <source>first %1 of %2</source>
        <comment>related records listed of all there are</comment>
        <translation>%2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>全体検索</translation>
    </message>
    <message>
        <source>Names in any script, aliases, places, words from notes…</source>
        <translation>あらゆる文字の名前、別名、場所、メモ内の語句…</translation>
    </message>
    <message>
        <source>Type a part of any name or text.</source>
        <translation>名前やテキストの一部を入力してください。</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>「%1」に一致するものは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n 件見つかりました。Enter で選択したものを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of record (number found)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <comment>a note&apos;s title (the record it is about)</comment>
        <translation>%1（対象：%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: text that matched</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>一致した箇所</translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldActions</name>
    <message>
        <source>Se&amp;t Field…</source>
        <translation>項目を一括設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Set one field (owner, status, sector, country, confidential) on every record selected in the list</source>
        <translation>一覧で選択したすべてのレコードに 1 つの項目（担当、状態、業種、国、取扱注意）を設定します</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>項目の一括設定</translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldCommand</name>
    <message numerus="yes">
        <source>Set %1 of %n %2</source>
        <translation>
            <numerusform>%n 件の%2の%1を設定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>項目の一括設定</translation>
    </message>
    <message numerus="yes">
        <source>Set one field of the %n selected %1 to the same value.</source>
        <translation>
            <numerusform>選択した %n 件の%1について、1 つの項目を同じ値に設定します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>項目(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V)：</translation>
    </message>
    <message>
        <source>Every selected record already has this value.</source>
        <translation>選択したレコードはすべて既にこの値です。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will change.</source>
        <translation>
            <numerusform>%n 件のレコードが変更されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::StageMoveDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>%1へ移動</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>「%1」を%2から%3へ移動します。</translation>
    </message>
    <message>
        <source>The day the deal reached this stage; an earlier day records the past</source>
        <translation>案件がこの段階に達した日。以前の日付を指定すると過去の出来事として記録されます</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>Why the investor did not go ahead</source>
        <translation>企業が進めなかった理由</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or YYYY-MM-DD.</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation>日付ではありません。%1 または YYYY-MM-DD の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::StoryPane</name>
    <message>
        <source>Career</source>
        <translation>経歴</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>招へい滞在</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Notes, follow-ups</source>
        <translation>メモ・フォローアップ</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Print the timeline or save it as PDF or CSV</source>
        <translation>タイムラインを印刷、または PDF／CSV で保存</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV で保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>ブリーフィング資料を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>Timeline – %1</source>
        <translation>タイムライン – %1</translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation>タイムラインを PDF で保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>PDF を保存できません</translation>
    </message>
    <message>
        <source>Save the timeline as CSV</source>
        <translation>タイムラインを CSV で保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation>CSV を保存できません</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>タイムラインの印刷</translation>
    </message>
    <message>
        <source>Cannot add a meeting</source>
        <translation>面談を追加できません</translation>
    </message>
</context>
<context>
    <name>crm::ui::StringListEdit</name>
    <message>
        <source>One per line</source>
        <translation>1 行に 1 件</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncCommands</name>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation>Delegates CRM 同期パッケージ (*.crmsync);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Prepare Mission Laptop…</source>
        <translation>ミッション用ノートPCを準備(&amp;P)…</translation>
    </message>
    <message>
        <source>Write a copy of this database for a mission laptop, and turn sync on</source>
        <translation>ミッション用ノートPCのためにこのデータベースのコピーを書き出し、同期を有効にします</translation>
    </message>
    <message>
        <source>&amp;Export Changes…</source>
        <translation>変更をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the changes another replica does not have yet to a package file</source>
        <translation>別のレプリカにまだない変更をパッケージファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Import Changes…</source>
        <translation>変更をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge a package file exported by another replica of this database</source>
        <translation>このデータベースの別のレプリカがエクスポートしたパッケージファイルを取り込みます</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>競合を確認(&amp;R)…</translation>
    </message>
    <message>
        <source>Decide the changes two replicas made to the same thing</source>
        <translation>2 つのレプリカが同じ対象に加えた変更のどちらを採用するか決めます</translation>
    </message>
    <message>
        <source>Mission Laptop Prepared</source>
        <translation>ミッション用ノートPCの準備完了</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 for “%2”: %n record(s), %3.</source>
        <translation>
            <numerusform>「%2」用に %1 を書き出しました：%n 件のレコード、%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next, copy this file to the mission laptop and open it there with File › Open. To bring the mission&apos;s work back, export its changes on the laptop (Sync › Export Changes) and import them here; changes made here travel to the laptop the same way.</source>
        <translation>次に、このファイルをミッション用ノートPCにコピーし、そこで「ファイル › 開く」で開いてください。ミッションでの作業を持ち帰るには、ノートPCで変更をエクスポートし（同期 › 変更をエクスポート）、ここでインポートします。ここで行った変更も同じ方法でノートPCに送れます。</translation>
    </message>
    <message>
        <source>Changes Exported</source>
        <translation>変更のエクスポート完了</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) for %1 to %2 (%3).</source>
        <translation>
            <numerusform>%1 向けの変更 %n 件を %2 に書き出しました（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the file to %1 and import it there with Sync › Import Changes.</source>
        <translation>このファイルを %1 に持って行き、そこで「同期 › 変更をインポート」でインポートしてください。</translation>
    </message>
    <message>
        <source>Import Changes</source>
        <translation>変更のインポート</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>パッケージをインポートできません</translation>
    </message>
    <message>
        <source>That passphrase does not open this package. Try again:</source>
        <translation>そのパスフレーズではこのパッケージを開けません。もう一度入力してください：</translation>
    </message>
    <message>
        <source>This package is encrypted. Enter the passphrase it was exported with:</source>
        <translation>このパッケージは暗号化されています。エクスポート時のパスフレーズを入力してください：</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n change(s) from %1…</source>
        <translation>
            <numerusform>%1 から %n 件の変更をインポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>インポートの中止</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing changed.</source>
        <translation>インポートを中止しました。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の変更を受信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Records changed: %3</source>
        <extracomment>The counts of an import: changes new here, changes already here, records written.</extracomment>
        <translation>新規：%1 · 取り込み済み：%2 · 変更されたレコード：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for changes this package does not hold (their creation): import the earlier packages from %1 too.</source>
        <translation>
            <numerusform>%n 件のレコードが、このパッケージに含まれていない変更（レコードの作成）を待っています。%1 からの以前のパッケージもインポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review: both sides changed the same thing. Until you decide, the newest change is on show. Review them now?</source>
        <translation>
            <numerusform>確認が必要な競合が %n 件あります：双方で同じ対象が変更されました。決定するまでは最新の変更が表示されます。今すぐ確認しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Imported</source>
        <translation>変更のインポート完了</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>%1 のパスフレーズ</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncConflictsDialog</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A record in the sync conflicts list: its kind, then its title (&quot;Delegate “Yuki Tanaka”&quot;).</extracomment>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>Moved to the Trash while edited elsewhere</source>
        <translation>別の場所で編集中にごみ箱へ移動</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep in Trash</source>
        <translation>ごみ箱に残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore with the Edits</source>
        <translation>編集内容とともに復元(&amp;R)</translation>
    </message>
    <message>
        <source>Review Sync Conflicts</source>
        <translation>同期の競合の確認</translation>
    </message>
    <message>
        <source>Nothing to review: every change received so far merged without a conflict.</source>
        <translation>確認するものはありません。これまでに受信した変更はすべて競合なく取り込まれました。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Give the field the chosen value here and, with the next export, on the other replicas</source>
        <translation>選択した値をこの項目に設定します（ここで設定し、次回のエクスポートで他のレプリカにも反映されます）</translation>
    </message>
    <message>
        <source>The record stays in the Trash; the edits made meanwhile are dropped</source>
        <translation>レコードはごみ箱に残り、その間に行われた編集は破棄されます</translation>
    </message>
    <message>
        <source>The record comes back out of the Trash with the edits made meanwhile</source>
        <translation>レコードは、その間に行われた編集とともにごみ箱から戻ります</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <extracomment>Above the empty list of sync conflicts when the database could not be read.</extracomment>
        <translation>競合を読み取れません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review. Two replicas changed the same thing without seeing each other&apos;s change; until you decide, the newest change is on show.</source>
        <extracomment>Above the list of sync conflicts.</extracomment>
        <translation>
            <numerusform>確認が必要な競合が %n 件あります。2 つのレプリカが互いの変更を知らずに同じ対象を変更しました。決定するまでは最新の変更が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Both values were set without knowing of the other. Keep one of them:</source>
        <translation>両方の値が互いを知らずに設定されました。どちらかを残してください：</translation>
    </message>
    <message>
        <source>%1 (on show now)</source>
        <extracomment>The value of a conflicting field that is on show until the officer decides.</extracomment>
        <translation>%1（現在表示中）</translation>
    </message>
    <message>
        <source>Or &amp;type the value it should have:</source>
        <translation>または設定する値を入力(&amp;T)：</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Moved to the Trash: %1</source>
        <translation>ごみ箱へ移動：%1</translation>
    </message>
    <message>
        <source>Edited meanwhile, without knowing of the move:</source>
        <translation>その間に、移動を知らずに行われた編集：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An edit made while the record was in the Trash elsewhere: the field, then its new value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Keep it in the Trash, dropping these edits, or restore it with them.</source>
        <translation>編集内容を破棄してごみ箱に残すか、編集内容とともに復元してください。</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>残す値を選択してください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>変更のエクスポート</translation>
    </message>
    <message>
        <source>Writes the changes made or received here that the chosen replica does not have yet into one package file. Take the file there and import it with Sync › Import Changes.</source>
        <translation>ここで行った変更や受信した変更のうち、選択したレプリカにまだないものを 1 つのパッケージファイルに書き出します。ファイルを持って行き、「同期 › 変更をインポート」でインポートしてください。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>With a passphrase the package is encrypted: it cannot be opened, nor imported, without it. Give it to the other side separately from the file.</source>
        <translation>パスフレーズを設定するとパッケージは暗号化され、パスフレーズなしでは開くこともインポートすることもできません。パスフレーズはファイルとは別に相手側へ伝えてください。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>送付先(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>パスフレーズの確認(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>This database has no replica to send changes to yet. Prepare a mission laptop first (Sync › Prepare Mission Laptop), or import a package from one.</source>
        <translation>このデータベースには、変更を送るレプリカがまだありません。先にミッション用ノートPCを準備するか（同期 › ミッション用ノートPCを準備）、ノートPCからパッケージをインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send.</source>
        <translation>
            <numerusform>送信する変更が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>送信する新しい変更はありません。</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The suggested file name of a sync package: the peer&apos;s name and today&apos;s date.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation>Delegates CRM 同期パッケージ (*.crmsync);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice, or leave both empty.</source>
        <translation>2 つのパスフレーズが一致しません。同じパスフレーズを 2 回入力するか、両方とも空欄にしてください。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>書き込むファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusWidget</name>
    <message>
        <source>Sync status cannot be read</source>
        <extracomment>Status bar, instead of the sync status, when the database could not be read.</extracomment>
        <translation>同期の状態を読み取れません</translation>
    </message>
    <message>
        <source>This replica</source>
        <translation>このレプリカ</translation>
    </message>
    <message>
        <source>no peers yet</source>
        <translation>同期相手なし</translation>
    </message>
    <message>
        <source>last sync with %1: %2</source>
        <extracomment>Status bar: the peer this replica last exchanged a package with, and when (local time).</extracomment>
        <translation>%1 との最終同期：%2</translation>
    </message>
    <message>
        <source>not synced yet with %1</source>
        <translation>%1 とは未同期</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>未送信の変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>未送信の変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: received %2, sent %3, %n change(s) to send</source>
        <extracomment>Status bar tooltip, one line per peer: its name, the last package received from it and sent to it (local times), and the changes it has not acknowledged yet.</extracomment>
        <translation>
            <numerusform>%1：受信 %2、送信 %3、未送信の変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No mission laptop prepared from this database yet.</source>
        <translation>このデータベースからはまだミッション用ノートPCが準備されていません。</translation>
    </message>
    <message>
        <source>Click to review the conflicts.</source>
        <translation>クリックすると競合を確認できます。</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineDelegate</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件の出来事</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 · setback</source>
        <translation>%1 · 後退</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · summary</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineModel</name>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation>%1～</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1、%n 件の出来事</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dates (how long)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2：%3</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation>タイムラインの概要</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2
%n event(s)</source>
        <translation>
            <numerusform>%1、%2
%n 件の出来事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>タイムラインを絞り込み…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>タイムラインの絞り込み</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Events on or after this day</source>
        <translation>この日以降の出来事</translation>
    </message>
    <message>
        <source>Events on or before this day</source>
        <translation>この日以前の出来事</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>一部の種類の出来事だけを表示</translation>
    </message>
    <message>
        <source>&amp;All Kinds</source>
        <translation>すべての種類(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deals Only</source>
        <translation>案件のみ(&amp;D)</translation>
    </message>
    <message>
        <source>Deal stage changes and impact figures</source>
        <translation>案件の段階変更と成果の数値</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a note, a follow-up or a meeting about this record</source>
        <translation>このレコードに関するメモ、フォローアップ、面談を追加</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation>フォローアップを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation>面談を追加(&amp;M)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Deals only</source>
        <translation>案件のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n 種類</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds shown: %1</source>
        <translation>表示中の種類：%1</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Newest events at the top; click for the oldest first</source>
        <translation>新しい出来事が上に表示されます。クリックすると古い順になります</translation>
    </message>
    <message>
        <source>Oldest events at the top; click for the newest first</source>
        <translation>古い出来事が上に表示されます。クリックすると新しい順になります</translation>
    </message>
    <message>
        <source>Choose a delegate, an investor or a deal to see its timeline.</source>
        <translation>タイムラインを表示するには、デリゲート、企業、または案件を選択してください。</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>まだ記録がありません</translation>
    </message>
    <message>
        <source>No events match the filter</source>
        <translation>フィルターに一致する出来事はありません</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件の出来事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件の出来事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashModel</name>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>削除者</translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>完全に削除(&amp;P)…</translation>
    </message>
    <message>
        <source>Put the selected records back where they were (can be undone)</source>
        <translation>選択したレコードを元の場所に戻します（元に戻すことができます）</translation>
    </message>
    <message>
        <source>Delete the selected records for good (cannot be undone)</source>
        <translation>選択したレコードを完全に削除します（元に戻せません）</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>%n 件のレコードを復元</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件のレコード</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>Delete %1 for good? Notes and follow-ups about it go with it.

This cannot be undone.</source>
        <translation>%1 を完全に削除しますか？関連するメモとフォローアップも一緒に削除されます。

この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>crm::ui::UserGuideDialog</name>
    <message>
        <source>Delegates CRM User Guide</source>
        <translation>Delegates CRM ユーザーガイド</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>crm::ui::ZonedDateTimeFieldEditor</name>
    <message>
        <source>The time where the meeting takes place, in the time zone beside</source>
        <translation>面談が行われる場所の時刻（横のタイムゾーンによる）</translation>
    </message>
    <message>
        <source>Time zone of the meeting (IANA name, such as Asia/Tokyo or Africa/Casablanca)</source>
        <translation>面談のタイムゾーン（Asia/Tokyo や Africa/Casablanca などの IANA 名）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Delegates CRM</source>
        <translation>Delegates CRM</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Delegates CRM could not start again. Start it yourself to use the new language.</source>
        <translation>Delegates CRM を再起動できませんでした。新しい言語を使うには、手動で起動してください。</translation>
    </message>
</context>
</TS>
